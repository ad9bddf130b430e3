// Shared jest settings. NestJS 12 ships only ES modules, which jest's CommonJS mode cannot load on
// Node 20: swc transforms our TypeScript and those packages alike (see TOOLCHAIN.md).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swcOptions] },
  // otplib (the tests' second TOTP implementation) loads @scure/@noble, which ship only ES modules too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|peek-readable|otplib|@otplib|@scure|@noble)/)',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../../' }),
  },
  testMatch: ['**/?(*.)+(spec|integration-spec).ts?(x)'],
};
