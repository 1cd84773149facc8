import { randomBytes } from 'node:crypto';

import { assertSafeProductionSettings, PRODUCTION_SECRETS, unsafeProductionSettings } from '../production-settings';

const fresh = () => randomBytes(32).toString('base64');
const safeEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  ...Object.fromEntries(PRODUCTION_SECRETS.map((rule) => [rule.name, rule.list ? `${fresh()},${fresh()}` : fresh()])),
});

describe('unsafeProductionSettings', () => {
  it('accepts fresh secrets', () => {
    expect(unsafeProductionSettings(safeEnv())).toEqual([]);
  });

  it('names the placeholders of .env.example', () => {
    const env = { ...safeEnv(), APP_KEYS: '"toBeModified1,toBeModified2"', ADMIN_JWT_SECRET: 'tobemodified' };
    expect(unsafeProductionSettings(env)).toEqual([
      'APP_KEYS is a placeholder ("toBeModified1")',
      'ADMIN_JWT_SECRET is a placeholder ("tobemodified")',
    ]);
  });

  it('names a missing APP_KEYS and the test fallbacks of config/', () => {
    const env = { ...safeEnv(), APP_KEYS: undefined, JWT_SECRET: 'newsroom-test-jwt-secret' };
    expect(unsafeProductionSettings(env)).toEqual(['APP_KEYS is not set', 'JWT_SECRET is a placeholder ("newsroom-test-jwt-secret")']);
  });

  it('names an admin JWT secret shorter than 32 bytes', () => {
    const env = { ...safeEnv(), ADMIN_JWT_SECRET: randomBytes(16).toString('base64') };
    expect(unsafeProductionSettings(env)).toEqual(['ADMIN_JWT_SECRET is too short (at least 32 bytes)']);
  });
});

describe('assertSafeProductionSettings', () => {
  it('lets development start with anything', () => {
    expect(() => assertSafeProductionSettings({ NODE_ENV: 'development' })).not.toThrow();
  });

  it('refuses production with a message naming each setting and the command that prints fresh ones', () => {
    expect(() => assertSafeProductionSettings({ ...safeEnv(), ENCRYPTION_KEY: '' })).toThrow(
      /ENCRYPTION_KEY is not set[\s\S]*npm run secrets/,
    );
  });
});
