import { bootApp, type TestApp } from '../helpers/strapi';

/** Issue 9 hole 7: production defaults of this app (CORS allow-list, public registration off). */
describe('CORS allow-list and public registration', () => {
  describe('defaults', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await bootApp({ CORS_ORIGINS: '', PORT: '1337', USERS_PUBLIC_REGISTRATION: '' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('does not reflect a foreign Origin (no credentials for other sites)', async () => {
      const response = await app.http().get('/api/newsroom/releases').set('Origin', 'https://evil.example');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      const preflight = await app
        .http()
        .options('/admin/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('allows the admin’s own origin with credentials', async () => {
      const response = await app.http().get('/api/newsroom/releases').set('Origin', 'http://localhost:1337');
      expect(response.headers['access-control-allow-origin']).toBe('http://localhost:1337');
      expect(response.headers['access-control-allow-credentials']).toBe('true');
    });

    it('refuses public sign-up through users-permissions', async () => {
      const response = await app
        .http()
        .post('/api/auth/local/register')
        .send({ username: 'intruder', email: 'intruder@example.org', password: 'Intruder-Pass-1' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/disabled/i);
      expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'intruder@example.org' } })).toBe(0);
    });
  });

  describe('configured', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await bootApp({ CORS_ORIGINS: 'https://press.example.org', USERS_PUBLIC_REGISTRATION: 'true' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('allows exactly the origins of CORS_ORIGINS', async () => {
      const allowed = await app.http().get('/api/newsroom/releases').set('Origin', 'https://press.example.org');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://press.example.org');
      const other = await app.http().get('/api/newsroom/releases').set('Origin', 'http://localhost:1337');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('opens public sign-up when USERS_PUBLIC_REGISTRATION=true', async () => {
      const response = await app
        .http()
        .post('/api/auth/local/register')
        .send({ username: 'reader', email: 'reader@example.org', password: 'Reader-Pass-1' });
      expect(response.status).toBe(200);
      expect(response.body.user.email).toBe('reader@example.org');
    });
  });
});
