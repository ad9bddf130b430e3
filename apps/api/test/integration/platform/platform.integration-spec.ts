import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FEATURE_MODULES } from '../../../src/app.module';
import { ENTITIES } from '../../../src/database/entities';
import { dataSourceOptions } from '../../../src/engine/database/data-source-options';
import { printApplicationSchema } from '../../../src/engine/graphql/schema-printer';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('health', () => {
  it('answers 200 with PostgreSQL and Redis up', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('security headers', () => {
  it('sends helmet headers and refuses a GraphQL GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=%7B__typename%7D`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.status).toBe(400);
  });
});

// The public contract (../shared/contract/check.mjs) is its own step of `npm test` (tools/test.mjs),
// run against this committed schema.
describe('schema', () => {
  it('matches the committed apps/api/schema.graphql (run `npm run schema` after changing resolvers)', async () => {
    @Module({ imports: FEATURE_MODULES })
    class SchemaModule {}
    const generated = await printApplicationSchema(SchemaModule);
    const committed = readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(committed).toBe(generated);
  });
});

describe('migrations', () => {
  it('leave nothing for TypeORM to change: entities and migrations describe the same schema', async () => {
    const dataSource = new DataSource(
      dataSourceOptions(process.env.TEST_DATABASE_URL!, ENTITIES, 1),
    );
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
