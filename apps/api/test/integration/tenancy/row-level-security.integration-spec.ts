import type { Client } from 'pg';
import { CREATE_API_KEY, INVITE, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi, uniqueEmail } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

let api: TestApi;
let a: SignedUpAgency;
let b: SignedUpAgency;

const withDb = <T>(work: (client: Client) => Promise<T>) =>
  withAdminClient(work, process.env.TEST_DATABASE_URL);

beforeAll(async () => {
  api = await startTestApi();
  // Two agencies with a row in every tenant table.
  a = await signUpAgency(api, 'Agency A');
  b = await signUpAgency(api, 'Agency B');
  for (const agency of [a, b]) {
    await api.gql(
      INVITE,
      { input: { email: uniqueEmail(), name: 'x', role: 'VIEWER' } },
      { as: agency.token },
    );
    await api.gql(CREATE_API_KEY, { input: { name: 'k', role: 'VIEWER' } }, { as: agency.token });
  }
});
afterAll(() => api.close());

async function tenantTables(client: Client): Promise<string[]> {
  const result = await client.query(`
    SELECT c.relname FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY 1`);
  return result.rows.map((row) => row.relname);
}

/** Runs a query as the app role, optionally naming an agency, exactly as the API's transactions do. */
async function asApp(client: Client, agencyId: string | null, sql: string): Promise<any[]> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('role', 'veridesk_app', true)`);
    if (agencyId) await client.query(`SELECT set_config('app.agency_id', $1, true)`, [agencyId]);
    return (await client.query(sql)).rows;
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('row-level security', () => {
  it('is enabled and forced on every table that has agency_id, and on agencies and users', async () => {
    await withDb(async (client) => {
      const tables = await tenantTables(client);
      expect(tables).toEqual(
        expect.arrayContaining([
          'memberships',
          'invitations',
          'api_keys',
          'sessions',
          'audit_events',
        ]),
      );
      const result = await client.query(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
         WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace`,
        [[...tables, 'agencies', 'users']],
      );
      for (const row of result.rows) {
        expect({
          table: row.relname,
          enabled: row.relrowsecurity,
          forced: row.relforcerowsecurity,
        }).toEqual({
          table: row.relname,
          enabled: true,
          forced: true,
        });
      }
    });
  });

  it('shows the app role no row at all when no agency is set', async () => {
    await withDb(async (client) => {
      for (const table of [...(await tenantTables(client)), 'agencies', 'users']) {
        const rows = await asApp(client, null, `SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, rows: rows[0].n }).toEqual({ table, rows: 0 });
      }
    });
  });

  it("shows agency A's context exactly its own rows and none of B's", async () => {
    await withDb(async (client) => {
      for (const table of await tenantTables(client)) {
        const count = `SELECT count(*) FILTER (WHERE agency_id = '${a.agencyId}')::int AS a,
                              count(*) FILTER (WHERE agency_id = '${b.agencyId}')::int AS b FROM ${table}`;
        const [truth] = (await client.query(count)).rows;
        const [seen] = await asApp(client, a.agencyId, count);
        expect({ table, a: seen.a, b: seen.b }).toEqual({ table, a: truth.a, b: 0 });
      }
      const agencies = await asApp(client, a.agencyId, `SELECT id::text FROM agencies`);
      expect(agencies.map((row) => row.id)).toEqual([a.agencyId]);
      const users = await asApp(client, a.agencyId, `SELECT email FROM users`);
      expect(users.map((row) => row.email)).toEqual([a.email]);
    });
  });

  it("refuses to write a row into another agency's space", async () => {
    await withDb(async (client) => {
      await expect(
        asApp(
          client,
          a.agencyId,
          `INSERT INTO audit_events (agency_id, actor, action, subject_type) VALUES ('${b.agencyId}', 'x', 'x', 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });

  it('runs the app as a role that is no superuser, cannot bypass RLS and owns no table', async () => {
    await withDb(async (client) => {
      const role = await client.query(
        `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'veridesk_app'`,
      );
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      const owned = await client.query(
        `SELECT count(*)::int AS n FROM pg_class WHERE relowner = 'veridesk_app'::regrole`,
      );
      expect(owned.rows[0].n).toBe(0);
    });
  });

  it('gives the system lookup role reads only, never writes to tenant tables', async () => {
    await withDb(async (client) => {
      const grants = await client.query(
        `SELECT table_name, privilege_type FROM information_schema.role_table_grants
         WHERE grantee = 'veridesk_system' AND privilege_type <> 'SELECT'`,
      );
      expect(grants.rows).toEqual([{ table_name: 'users', privilege_type: 'INSERT' }]);
    });
  });
});

describe('audit', () => {
  it('records who signed up and who created a key, without the secret', async () => {
    await withDb(async (client) => {
      const events = await client.query(
        `SELECT actor, action, changes FROM audit_events WHERE agency_id = $1 ORDER BY at`,
        [a.agencyId],
      );
      expect(events.rows.map((row) => row.action)).toEqual([
        'agency.signUp',
        'member.invite',
        'apiKey.create',
      ]);
      expect(events.rows[0].actor).toBe(`user:${a.email}`);
      expect(JSON.stringify(events.rows)).not.toMatch(/vdk_[0-9a-f]{8}_/);
    });
  });
});
