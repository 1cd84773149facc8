/**
 * Four projects: `unit` (pure functions, next to the code, no Strapi), `api` (a real Strapi
 * booted on a real database per test file; SQLite by default, PostgreSQL with
 * NEWSROOM_TEST_DB=postgres), `process` (`strapi start` spawned: secrets, SIGTERM, logs), `faults`
 * (real Strapi processes killed mid-write, a private PostgreSQL cluster restarted under load: short
 * cases by default, long ones with NEWSROOM_FAULTS_LONG=true, i.e. `npm run test:faults`) and
 * `browser` (Debian's Chromium via playwright-core against one built, seeded Strapi started by its
 * global setup; run it with --runInBand). `npm test` runs them all, the API tests on both databases.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
// @formatjs/intl-localematcher (and its memoizer) ship ES modules only: compiled like our sources.
const esmOnly = '@formatjs/(?:intl-localematcher|fast-memoize)/';
const shared = {
  transform: { '^.+\\.ts$': swc, [`/node_modules/${esmOnly}.+\\.js$`]: swc },
  transformIgnorePatterns: [`/node_modules/(?!${esmOnly})`],
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
      // Spawned `strapi start` processes: production secrets, SIGTERM under load, JSON logs.
      ...shared,
      displayName: 'process',
      testMatch: ['<rootDir>/tests/process/**/*.test.ts'],
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
