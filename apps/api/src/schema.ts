import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { FEATURE_MODULES } from './app.module';
import { printApplicationSchema } from './engine/graphql/schema-printer';

@Module({ imports: FEATURE_MODULES })
class SchemaModule {}

/** Writes the GraphQL SDL (default apps/api/schema.graphql), with no database or Redis needed. */
async function main() {
  const target = resolve(process.argv[2] ?? 'apps/api/schema.graphql');
  writeFileSync(target, await printApplicationSchema(SchemaModule));
  console.log(`Wrote ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
