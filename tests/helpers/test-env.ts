import { randomBytes } from 'node:crypto';

const fresh = () => randomBytes(32).toString('base64');

/**
 * The environment every test boot of Strapi gets (API tests in-process, browser tests' server):
 * test secrets and newsroom defaults, all set, even empty, so that a developer's .env (which
 * Strapi reads but never lets override) changes nothing.
 */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_STARTUP_BANNER: 'false',
  // Fresh for every test process: long enough for production mode (browser tests' server), which
  // refuses placeholders and short secrets (src/security/production-settings.ts).
  APP_KEYS: `${fresh()},${fresh()}`,
  API_TOKEN_SALT: fresh(),
  ADMIN_JWT_SECRET: fresh(),
  JWT_SECRET: fresh(),
  TRANSFER_TOKEN_SALT: fresh(),
  ENCRYPTION_KEY: fresh(),
  NEWSROOM_ADMIN_EMAIL: '',
  NEWSROOM_ADMIN_PASSWORD: '',
  NEWSROOM_SEED_DEMO: 'false',
  NEWSROOM_LOCALES: 'en,fr,sq,sr-Latn,sr-Cyrl',
  NEWSROOM_DEFAULT_LOCALE: 'en',
  NEWSROOM_BENCH_STOCK_API: 'false',
};
