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
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Test code alone may use the shared stand-ins of outside services (libs/testing: the platforms'
    // receivers): the API's unit and integration tests and the journeys. The products never ship them.
    files: ['apps/api/test/**/*.ts', 'apps/api/src/**/__tests__/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:emails', 'scope:testing'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain', 'scope:shared', 'scope:testing'] },
          ],
        },
      ],
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
  {
    // The API's platform layer knows no business module: modules register what the engine needs
    // (the entity list, the principal directory, the agency calendar) from the application.
    // The engine's own tests may use a module's DTOs as sample input.
    files: ['apps/api/src/engine/**/*.ts'],
    ignores: ['apps/api/src/engine/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules', '**/modules/**', '**/database/entities', '**/app.module'],
              message:
                'The engine must not import business modules: take what it needs as a parameter or an injected interface the application supplies.',
            },
          ],
        },
      ],
    },
  },
  {
    // Resolvers and controllers stay thin (arguments, guards, one service call, mapping): the
    // database is reached only from services. The health probe's SELECT 1 is the platform's.
    files: ['apps/api/src/**/*.resolver.ts', 'apps/api/src/**/*.controller.ts'],
    ignores: ['apps/api/src/engine/health/health.controller.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: [
                'DataSource',
                'EntityManager',
                'QueryRunner',
                'Repository',
                'SelectQueryBuilder',
              ],
              message: 'Resolvers and controllers do not reach the database: call a service.',
            },
            {
              name: '@nestjs/typeorm',
              message: 'Resolvers and controllers do not reach the database: call a service.',
            },
          ],
          patterns: [
            {
              group: ['**/tenant-database.service', '**/request-transaction'],
              message: 'Resolvers and controllers do not reach the database: call a service.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(createQueryBuilder|getRepository|query|transaction|system)$/]',
          message: 'Resolvers and controllers do not reach the database: call a service.',
        },
        {
          selector: 'MemberExpression[object.name="manager"]',
          message: 'Resolvers and controllers do not use an EntityManager: call a service.',
        },
        {
          // @nestjs/graphql calls a field resolver with no parameter decorators directly; with one,
          // every call (a field of every row) goes through its pipes and parameter factories.
          selector: 'MethodDefinition[value.params.length=1] Decorator[expression.callee.name="Parent"]',
          message:
            'A field resolver whose only parameter is its parent takes it undecorated (the fast path: no pipes per field and row).',
        },
      ],
    },
  },
  {
    // The guest pages are their own small bundle for phones on slow lines (vite.guest.config.mts):
    // none of the dashboard's heavy libraries, and nothing of its modules (which pull them in).
    files: ['apps/dashboard/src/guest/**/*.ts', 'apps/dashboard/src/guest/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'antd',
                'antd/*',
                '@ant-design/*',
                '@apollo/*',
                'i18next',
                'react-i18next',
                'react-router',
                'luxon',
                'dayjs',
                'echarts',
                'qrcode.react',
                '**/modules/**',
                '**/generated',
                '**/generated/**',
              ],
              message:
                'The guest bundle stays small: plain React, its own utils, and JSON wording only.',
            },
          ],
        },
      ],
    },
  },
];
