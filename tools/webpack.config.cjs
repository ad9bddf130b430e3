const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// The tooling bundle (dist/tools), apart from the API's so that the API ships no seeder:
//   seed-scale.js            `npm run seed:scale`, the API's own Nest modules without HTTP;
//   demo.js                  `npm start -- --demo` and the benchmarks: the demo agency over GraphQL
//                            and identifiers with libs/domain's check characters;
//   dashboard-operations.js  the dashboard's compiled GraphQL operations, for the benchmarks.
// The libraries are CommonJS modules the .mjs scripts load with require().
module.exports = {
  // Entries come from the plugin below (webpack's default ./src entry would be added otherwise).
  entry: {},
  output: {
    path: join(__dirname, '../dist/tools'),
    clean: true,
    library: { type: 'commonjs2' },
  },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './seed/seed-scale.ts',
      outputFileName: 'seed-scale.js',
      additionalEntryPoints: [
        { entryName: 'demo', entryPath: './demo/demo.ts' },
        { entryName: 'dashboard-operations', entryPath: './bench/dashboard-operations.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      optimization: false,
      sourceMap: true,
      // Type errors are `nx run tools:typecheck`'s job.
      skipTypeChecking: true,
    }),
  ],
};
