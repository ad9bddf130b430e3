import { Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { GRAPHQL_BUILD_OPTIONS } from './schema-options';

// @nestjs/graphql marks resolver classes with this metadata key (its value is undefined for @Resolver()).
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/** Every resolver class provided by the module tree under root (static modules only). */
export function collectResolvers(root: Type<unknown>): Type<unknown>[] {
  const seen = new Set<unknown>();
  const resolvers = new Set<Type<unknown>>();
  const visit = (module: unknown) => {
    if (typeof module !== 'function' || seen.has(module)) return;
    seen.add(module);
    const providers: unknown[] = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? [];
    for (const provider of providers) {
      if (
        typeof provider === 'function' &&
        Reflect.hasOwnMetadata(RESOLVER_TYPE_METADATA, provider)
      ) {
        resolvers.add(provider as Type<unknown>);
      }
    }
    const imports: unknown[] = Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? [];
    imports.forEach(visit);
  };
  visit(root);
  return [...resolvers];
}

/** The SDL of the application's schema, as committed at apps/api/schema.graphql. */
export async function printApplicationSchema(root: Type<unknown>): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const factory = app.get(GraphQLSchemaFactory);
    const schema = await factory.create(collectResolvers(root), GRAPHQL_BUILD_OPTIONS);
    const header =
      '# Generated from the API code by `npm run schema` — do not edit. The public contract it must\n' +
      '# stay compatible with is ../shared/contract/schema.graphql.\n\n';
    return `${header}${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
