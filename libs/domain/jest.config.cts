module.exports = {
  displayName: 'domain',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  rootDir: __dirname,
};
