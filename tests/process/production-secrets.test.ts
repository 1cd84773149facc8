import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { freshSecrets, spawnStrapi, stopStrapi, waitUntilReady } from '../helpers/spawned-strapi';

/** Issue 14 item 2: NODE_ENV=production refuses unsafe secrets, naming each one. */
describe('production start with unsafe secrets', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  const refusal = async (secrets: Record<string, string>) => {
    const strapi = await spawnStrapi({ ...db.env, NODE_ENV: 'production', ...secrets });
    const killer = setTimeout(() => strapi.process.kill('SIGKILL'), 90_000);
    const { code } = await strapi.exited;
    clearTimeout(killer);
    return { code, output: strapi.output() };
  };

  it('refuses the placeholders of .env.example', async () => {
    const { code, output } = await refusal({
      APP_KEYS: 'toBeModified1,toBeModified2',
      API_TOKEN_SALT: 'tobemodified',
      ADMIN_JWT_SECRET: 'tobemodified',
      TRANSFER_TOKEN_SALT: 'tobemodified',
      JWT_SECRET: 'tobemodified',
      ENCRYPTION_KEY: 'tobemodified',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Refusing to start in production');
    expect(output).toContain('APP_KEYS is a placeholder ("toBeModified1")');
    expect(output).toContain('ADMIN_JWT_SECRET is a placeholder ("tobemodified")');
    expect(output).toContain('npm run secrets');
    expect(output).not.toContain('Strapi started successfully');
  });

  it('refuses a missing APP_KEYS and a short admin JWT secret', async () => {
    const { code, output } = await refusal({ ...freshSecrets(), APP_KEYS: '', ADMIN_JWT_SECRET: 'only-twenty-bytes-xx' });
    expect(code).not.toBe(0);
    expect(output).toContain('APP_KEYS is not set');
    expect(output).toContain('ADMIN_JWT_SECRET is too short (at least 32 bytes)');
    expect(output).not.toContain('Strapi started successfully');
  });

  it('starts with fresh secrets', async () => {
    const strapi = await spawnStrapi({ ...db.env, NODE_ENV: 'production', ...freshSecrets() });
    try {
      await waitUntilReady(strapi);
    } finally {
      await stopStrapi(strapi);
    }
    expect(strapi.output()).not.toContain('Refusing to start');
  });
});
