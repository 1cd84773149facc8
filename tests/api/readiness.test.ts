import { getService } from '../../plugins/newsroom/server/src/utils/get-service';
import { bootApp, type TestApp } from '../helpers/strapi';

interface PoolClient {
  pool: { max: number };
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** Issue 14 item 4: a readiness route for load balancers, distinct from Strapi's liveness /_health. */
describe('GET /api/newsroom/ready', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 200 when the database answers, never cached', async () => {
    const response = await app.http().get('/api/newsroom/ready');
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ status: 'ready', ready: true });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });

  it('refuses unknown parameters with a 400 naming them', async () => {
    const response = await app.http().get('/api/newsroom/ready?verbose=1');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['verbose']);
  });

  it('answers 503 within its short timeout when the database does not answer, while /_health stays up', async () => {
    // Every connection of the pool held: a query waits (as with a stalled database server).
    const client = app.strapi.db.connection.client as unknown as PoolClient;
    const held = await Promise.all(Array.from({ length: client.pool.max }, () => client.acquireConnection()));
    try {
      const started = Date.now();
      const response = await app.http().get('/api/newsroom/ready');
      const elapsed = Date.now() - started;
      expect(response.status).toBe(503);
      expect(response.body.data).toMatchObject({ status: 'unavailable', ready: false, reason: 'database-timeout' });
      expect(response.headers['cache-control']).toBe('no-store');
      expect(elapsed).toBeLessThan(5000);
      expect((await app.http().get('/_health')).status).toBe(204);
    } finally {
      await Promise.all(held.map((connection) => client.releaseConnection(connection)));
    }
    expect((await app.http().get('/api/newsroom/ready')).status).toBe(200);
  });

  it('answers 503 once the instance is shutting down', async () => {
    getService(app.strapi, 'readiness').markDraining();
    const response = await app.http().get('/api/newsroom/ready');
    expect(response.status).toBe(503);
    expect(response.body.data.reason).toBe('shutting-down');
  });
});
