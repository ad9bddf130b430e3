module.exports = {
  displayName: 'dashboard',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts?(x)'],
  testTimeout: 60_000,
};
