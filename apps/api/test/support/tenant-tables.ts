// The tenant tables as the database catalog lists them (every table with agency_id), so tests cover
// tables added later without being told.
import { Pool, type ClientBase } from 'pg';
import { withAdminClient } from './test-database';

/**
 * Tables with no agency_id that hold no tenant data or are isolated by their own policy.
 * count_folds holds a writing transaction's id until its commit (migration PortfolioCounts) and
 * never a committed row.
 */
export const GLOBAL_TABLES = ['agencies', 'users', 'migrations', 'count_folds'];

/** Every table of the public schema with an agency_id column. */
export async function tenantTables(client: ClientBase): Promise<string[]> {
  const result = await client.query(`
    SELECT c.relname FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`);
  return result.rows.map((row) => row.relname);
}

/** A digest of an agency's rows per table (plus "agencies" and "users"). */
export type AgencyFingerprint = Record<string, string>;

/** One query digesting every row the agency owns, table by table (one round trip). */
function fingerprintQuery(tables: string[]): string {
  const rowsOf = (from: string, where: string) =>
    `(SELECT md5(coalesce(string_agg(row_json, '|' ORDER BY row_json), ''))
        FROM (SELECT (to_jsonb(t) - 'last_used_at')::text AS row_json FROM ${from} t WHERE ${where}) rows)`;
  const parts = [
    `('agencies', ${rowsOf('agencies', 't.id = $1')})`,
    `('users', ${rowsOf('users', 't.id IN (SELECT user_id FROM memberships WHERE agency_id = $1)')})`,
    ...tables.map(
      (table) =>
        `('${table}', ${rowsOf(table, table === 'deliveries' ? `t.agency_id = $1 AND t.kind = 'TEST'` : 't.agency_id = $1')})`,
    ),
  ];
  return `SELECT name, digest FROM (VALUES ${parts.join(', ')}) AS tables (name, digest)`;
}

async function readFingerprint(
  client: Pick<ClientBase, 'query'>,
  query: string,
  agencyId: string,
): Promise<AgencyFingerprint> {
  const { rows } = await client.query(query, [agencyId]);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/**
 * A fingerprint of every row an agency owns — each tenant table, its agencies row and its members'
 * users — read as the admin. Equal before and after a call = the call wrote nothing. Columns that
 * merely record use (an API key's last_used_at) are left out, and so are digests and alerts: the
 * scheduled tick writes those, and another test file may run it on the shared database at any time
 * (a request can only write TEST deliveries). Suites that judge hundreds of calls
 * use openFingerprints instead (a new connection per call costs ten times the query).
 */
export async function agencyFingerprint(agencyId: string): Promise<AgencyFingerprint> {
  return withAdminClient(
    async (client) =>
      readFingerprint(client, fingerprintQuery(await tenantTables(client)), agencyId),
    process.env.TEST_DATABASE_URL,
  );
}

export type Fingerprints = {
  /** The agency's fingerprint now (see agencyFingerprint). */
  of(agencyId: string): Promise<AgencyFingerprint>;
  close(): Promise<void>;
};

/**
 * agencyFingerprint over a few kept admin connections, with the tables listed once: about 15 ms a
 * fingerprint instead of 150. Close it in afterAll.
 */
export async function openFingerprints(connections = 3): Promise<Fingerprints> {
  const pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL, max: connections });
  const client = await pool.connect();
  let query: string;
  try {
    query = fingerprintQuery(await tenantTables(client));
  } finally {
    client.release();
  }
  return {
    of: (agencyId) => readFingerprint(pool, query, agencyId),
    close: () => pool.end(),
  };
}

/** The tables whose rows differ between two fingerprints: empty when nothing was written. */
export function changedTables(before: AgencyFingerprint, after: AgencyFingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
