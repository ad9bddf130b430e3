import type { BuildSchemaOptions } from '@nestjs/graphql';

export const GRAPHQL_BUILD_OPTIONS: BuildSchemaOptions = {
  dateScalarMode: 'isoDate',
  numberScalarMode: 'float',
  noDuplicatedFields: true,
};
