/**
 * Two projects: `unit` (pure functions, next to the code, no Strapi) and `api` (a real Strapi
 * booted on a real database per test file; SQLite by default, PostgreSQL with
 * NEWSROOM_TEST_DB=postgres). `npm test` runs both, the API tests on both databases.
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
  ],
};
