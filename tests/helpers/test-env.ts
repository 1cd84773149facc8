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
  APP_KEYS: 'newsroom-test-key-1,newsroom-test-key-2',
  API_TOKEN_SALT: 'newsroom-test-api-token-salt',
  ADMIN_JWT_SECRET: 'newsroom-test-admin-jwt-secret',
  JWT_SECRET: 'newsroom-test-jwt-secret',
  TRANSFER_TOKEN_SALT: 'newsroom-test-transfer-salt',
  ENCRYPTION_KEY: 'newsroom-test-encryption-key',
  NEWSROOM_ADMIN_EMAIL: '',
  NEWSROOM_ADMIN_PASSWORD: '',
  NEWSROOM_SEED_DEMO: 'false',
  NEWSROOM_LOCALES: 'en,fr,sq,sr-Latn,sr-Cyrl',
  NEWSROOM_DEFAULT_LOCALE: 'en',
  NEWSROOM_BENCH_STOCK_API: 'false',
};
