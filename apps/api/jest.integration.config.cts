// The API's integration tier: test/integration/<feature>/, against real PostgreSQL and Redis.
// globalSetup creates one throwaway database per run and migrates it; every file shares it.
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
};
