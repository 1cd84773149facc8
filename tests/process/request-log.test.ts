import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { freshSecrets, spawnStrapi, stopStrapi, type SpawnedStrapi, waitUntilReady } from '../helpers/spawned-strapi';

const ADMIN = { email: 'log-check@newsroom.test', password: 'Log-Check-Password-42' };
const WRONG_PASSWORD = 'Wrong-Password-Never-Logged-7';

/** Issue 14 item 5: one JSON line per request in production, and no token or password in any line. */
describe('JSON request log (NEWSROOM_LOG_FORMAT=json)', () => {
  let db: TestDatabase;
  let strapi: SpawnedStrapi | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await stopStrapi(strapi);
    await db?.drop();
  });

  it('logs each request as JSON without secrets', async () => {
    strapi = await spawnStrapi({
      ...db.env,
      NODE_ENV: 'production',
      ...freshSecrets(),
      NEWSROOM_LOG_FORMAT: 'json',
      NEWSROOM_ADMIN_EMAIL: ADMIN.email,
      NEWSROOM_ADMIN_PASSWORD: ADMIN.password,
    });
    await waitUntilReady(strapi);
    const base = `http://127.0.0.1:${strapi.port}`;
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    expect((await post('/admin/login', { email: ADMIN.email, password: WRONG_PASSWORD })).status).toBe(400);
    const login = await post('/admin/login', ADMIN);
    expect(login.status).toBe(200);
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const me = await fetch(`${base}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect((await fetch(`${base}/api/newsroom/releases?locale=fr`)).status).toBe(200);
    expect((await fetch(`${base}/api/newsroom/releases?locale=fr`)).status).toBe(200);
    expect((await fetch(`${base}/api/newsroom/releases?locale=en&access_token=${token}`)).status).toBe(400);

    await stopStrapi(strapi);
    const lines = strapi.output().split('\n').filter(Boolean);

    // No secret in any line, whatever its kind.
    const secrets = [ADMIN.password, WRONG_PASSWORD, token, ...token.split('.').filter((part) => part.length > 16)];
    for (const secret of secrets) expect(lines.filter((line) => line.includes(secret))).toEqual([]);

    const requests = lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((record) => record.message === 'request');
    const find = (method: string, path: string) => requests.filter((record) => record.method === method && record.path === path);
    expect(find('POST', '/admin/login').map((record) => record.status)).toEqual([400, 200]);
    expect(find('GET', '/admin/users/me')).toHaveLength(1);
    const releases = find('GET', '/api/newsroom/releases');
    expect(releases.map((record) => [record.status, record.locale, record.cache])).toEqual([
      [200, 'fr', 'miss'],
      [200, 'fr', 'hit'],
      [400, 'en', undefined],
    ]);
    for (const record of releases) {
      expect(record).toEqual(expect.objectContaining({ level: 'http', timestamp: expect.any(String), durationMs: expect.any(Number) }));
    }
    // Strapi's text request line (whole URL, query string included) is not there.
    expect(lines.filter((line) => line.includes('GET /api/newsroom/releases?'))).toEqual([]);
  });
});
