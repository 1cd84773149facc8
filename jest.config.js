/**
 * Three projects: `unit` (pure functions, next to the code, no Strapi), `api` (a real Strapi
 * booted on a real database per test file; SQLite by default, PostgreSQL with
 * NEWSROOM_TEST_DB=postgres) and `browser` (Debian's Chromium via playwright-core against one
 * built, seeded Strapi started by its global setup; run it with --runInBand) and `faults` (real
 * Strapi processes killed mid-write, a private PostgreSQL cluster restarted under load: short cases
 * by default, long ones with NEWSROOM_FAULTS_LONG=true, i.e. `npm run test:faults`). `npm test`
 * runs them all, the API tests on both databases.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
const shared = {
  transform: { '^.+\\.ts$': swc },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/plugins/newsroom/dist/', '<rootDir>/.tmp/'],
  testEnvironment: 'node',
};

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/plugins/newsroom/**/__tests__/**/*.test.ts', '<rootDir>/src/**/__tests__/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
    },
    {
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
      // *.long.test.ts only in the long run (npm run test:faults).
      testPathIgnorePatterns: process.env.NEWSROOM_FAULTS_LONG === 'true' ? [] : ['\\.long\\.test\\.ts$'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/browser/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/browser/helpers/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/browser/helpers/jest-setup.ts'], // 120 s per test
    },
  ],
};
