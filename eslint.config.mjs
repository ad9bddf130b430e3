import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    ignores: ['**/dist', '**/node_modules', '**/generated/**', 'tmp', '.data', 'e2e/artifacts', '.nx'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs', '**/*.cjs', '**/*.cts'],
    rules: {
      // The tree shows the architecture: backend and frontend share only libs/, and the domain
      // library stays free of both.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:emails', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:emails'] },
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:emails'] },
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared'] },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:emails'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The tooling (seeder, demo, benchmarks) alone may reach into the apps: the seeder runs the API's
    // own services, the benchmarks send the dashboard's own operations. Nothing imports the tooling
    // back, so neither app ships it. (Same constraints as above, plus these two imports.)
    files: ['tools/**/*.ts', 'tools/**/*.mjs', 'tools/**/*.cjs', 'tools/**/*.cts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['@veridesk/api/**', '@veridesk/dashboard/graphql'],
          depConstraints: [
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:emails'] },
          ],
        },
      ],
    },
  },
];
