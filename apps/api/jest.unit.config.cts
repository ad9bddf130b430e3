// The API's unit tier: src/**/__tests__, pure code only. No globalSetup, no PostgreSQL, no Redis:
// it runs first in `npm test` and passes on a machine without a database.
module.exports = {
  displayName: 'api-unit',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts'],
};
