const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// Bundles the API with the libs (their path aliases do not exist at run time) and leaves
// node_modules external; the generated package.json lists what production must install.
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'worker', entryPath: './src/worker.ts' },
        { entryName: 'schema', entryPath: './src/schema.ts' },
        { entryName: 'rotate-keys', entryPath: './src/rotate-keys.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      generatePackageJson: true,
      optimization: false,
      sourceMap: true,
      // Type errors fail the build (run separately by `nx run api:typecheck`) rather than slow it.
      skipTypeChecking: true,
    }),
  ],
};
