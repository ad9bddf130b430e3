// The tooling's tests. The scale seed's makes and drops its own database (the seed migrates it).
const { pathsToModuleNameMapper } = require('ts-jest');
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace's path aliases, as the preset reads them
const { compilerOptions } = require('../tsconfig.base.json');

module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.cjs',
  testEnvironment: 'node',
  rootDir: __dirname,
  // The preset maps the path aliases from two levels down; this project sits one level down (jest
  // merges the preset's mapper after this one).
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../' }),
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.integration-spec.ts'],
  testTimeout: 120_000,
};
