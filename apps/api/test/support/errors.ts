import type { GraphQLResponse } from './test-api';
import { withAdminClient } from './test-database';

/** The first error's extensions; fails the test when the operation succeeded. */
export function errorOf(result: GraphQLResponse): {
  code?: string;
  fieldErrors?: Array<{ field: string; code: string; message: string }>;
} {
  if (!result.errors?.length) {
    throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  }
  return result.errors[0].extensions ?? {};
}

/** The error code and the (field, code) pairs of its field errors, for one-line assertions. */
export function failure(result: GraphQLResponse): { code?: string; fields: string[] } {
  const error = errorOf(result);
  return {
    code: error.code,
    fields: (error.fieldErrors ?? []).map((fieldError) => `${fieldError.field}:${fieldError.code}`),
  };
}

/** Row counts of an agency's portfolio tables, read directly (bypassing the API and its RLS). */
export async function rowCounts(agencyId: string): Promise<Record<string, number>> {
  return withAdminClient(async (client) => {
    const counts: Record<string, number> = {};
    for (const table of [
      'seller_entities',
      'representatives',
      'stores',
      'documents',
      'stored_files',
      'verification_cases',
      'attempts',
      'audit_events',
    ]) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM ${table} WHERE agency_id = $1`,
        [agencyId],
      );
      counts[table] = rows[0].n;
    }
    return counts;
  }, process.env.TEST_DATABASE_URL);
}

/** Runs one SQL query against the test database as the admin (no RLS). */
export function sql<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
  return withAdminClient(
    async (client) => (await client.query(text, values)).rows as T[],
    process.env.TEST_DATABASE_URL,
  );
}
