import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where `nx run dashboard:codegen` runs.
export const DASHBOARD_CODEGEN_OUTPUT = 'apps/dashboard/src/generated/';

export const createCodegenConfig = (output: string = DASHBOARD_CODEGEN_OUTPUT): CodegenConfig => ({
  schema: 'apps/api/schema.graphql',
  documents: ['apps/dashboard/src/modules/**/graphql/*.ts'],
  ignoreNoDocuments: false,
  overwrite: true,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
});

const config = createCodegenConfig();

export default config;
