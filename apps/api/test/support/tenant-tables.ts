// The tenant tables as the database catalog lists them (every table with agency_id), so tests cover
// tables added later without being told.
import type { Client } from 'pg';
import { withAdminClient } from './test-database';

/** Tables with no agency_id that hold no tenant data or are isolated by their own policy. */
export const GLOBAL_TABLES = ['agencies', 'users', 'migrations'];

/** Every table of the public schema with an agency_id column. */
export async function tenantTables(client: Client): Promise<string[]> {
  const result = await client.query(`
    SELECT c.relname FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`);
  return result.rows.map((row) => row.relname);
}

/**
 * A fingerprint of every row an agency owns — each tenant table, its agencies row and its members'
 * users — read as the admin. Equal before and after a call = the call wrote nothing. Columns that
 * merely record use (an API key's last_used_at) are left out.
 */
export async function agencyFingerprint(agencyId: string): Promise<Record<string, string>> {
  return withAdminClient(async (client) => {
    const rowsOf = (from: string, where: string) =>
      `(SELECT md5(coalesce(string_agg(row_json, '|' ORDER BY row_json), ''))
          FROM (SELECT (to_jsonb(t) - 'last_used_at')::text AS row_json FROM ${from} t WHERE ${where}) rows)`;
    const parts = [
      `('agencies', ${rowsOf('agencies', 't.id = $1')})`,
      `('users', ${rowsOf('users', 't.id IN (SELECT user_id FROM memberships WHERE agency_id = $1)')})`,
      ...(await tenantTables(client)).map(
        (table) => `('${table}', ${rowsOf(table, 't.agency_id = $1')})`,
      ),
    ];
    // One round trip: the call under test is judged many times per suite.
    const { rows } = await client.query(
      `SELECT name, digest FROM (VALUES ${parts.join(', ')}) AS tables (name, digest)`,
      [agencyId],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
  }, process.env.TEST_DATABASE_URL);
}
