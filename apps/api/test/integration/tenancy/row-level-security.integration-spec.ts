import type { Client } from 'pg';
import { createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { CREATE_API_KEY, INVITE, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi, uniqueEmail } from '../../support/test-api';
import { GLOBAL_TABLES, tenantTables } from '../../support/tenant-tables';
import { withAdminClient } from '../../support/test-database';

let api: TestApi;
let a: SignedUpAgency;
let b: SignedUpAgency;
/** An agency with only an invitation and a key, for the audit trail. */
let c: SignedUpAgency;

const withDb = <T>(work: (client: Client) => Promise<T>) =>
  withAdminClient(work, process.env.TEST_DATABASE_URL);

/** A row in every tenant table: the full records, a failed call, a test digest, a custom ladder. */
async function seed(agency: SignedUpAgency, label: string) {
  const records = await createAgencyRecords(api, agency, label);
  const as = { as: agency.token };
  for (const [mutation, field, variables] of [
    [
      `mutation M($input: RecordAttemptInput!) { recordAttempt(input: $input) { id } }`,
      'recordAttempt',
      {
        input: {
          caseId: records.caseId,
          outcome: 'NO_SHOW',
          occurredAt: '2026-12-01T01:30:00.000Z',
        },
      },
    ],
    [`mutation { sendTestDigest }`, 'sendTestDigest', {}],
    [`mutation { requestDataExport { id } }`, 'requestDataExport', {}],
    [
      `mutation M($input: UpdateReminderLadderInput!) { updateReminderLadder(input: $input) { custom } }`,
      'updateReminderLadder',
      { input: { documentType: 'OTHER', days: [10] } },
    ],
  ] as const) {
    const result = await api.gql(mutation, variables, as);
    if (result.errors) throw new Error(`${field}: ${JSON.stringify(result.errors)}`);
  }
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(RECORDS_NOW);
  a = await signUpAgency(api, 'Agency A');
  b = await signUpAgency(api, 'Agency B');
  await seed(a, 'RLS-A');
  await seed(b, 'RLS-B');
  c = await signUpAgency(api, 'Agency C');
  await api.gql(
    INVITE,
    { input: { email: uniqueEmail(), name: 'x', role: 'VIEWER' } },
    { as: c.token },
  );
  ok(
    await api.gql(CREATE_API_KEY, { input: { name: 'k', role: 'VIEWER' } }, { as: c.token }),
    'createApiKey',
  );
}, 60_000);
afterAll(() => {
  api.clock.reset();
  return api.close();
});

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
  it('knows every table: each has agency_id or is one of the few global tables', async () => {
    await withDb(async (client) => {
      const tenant = await tenantTables(client);
      const all = await client.query(
        `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY 1`,
      );
      const unknown = all.rows
        .map((row) => row.relname)
        .filter((table) => !tenant.includes(table) && !GLOBAL_TABLES.includes(table));
      expect(unknown).toEqual([]);
    });
  });

  it('is tested on rows of both agencies in every tenant table (extend the seed for a new table)', async () => {
    await withDb(async (client) => {
      const empty: string[] = [];
      for (const table of await tenantTables(client)) {
        for (const [name, agency] of Object.entries({ a, b })) {
          const { rows } = await client.query(
            `SELECT count(*)::int AS n FROM ${table} WHERE agency_id = $1`,
            [agency.agencyId],
          );
          if (rows[0].n === 0) empty.push(`${table} has no row of agency ${name.toUpperCase()}`);
        }
      }
      expect(empty).toEqual([]);
    });
  });

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
      const users = await asApp(client, a.agencyId, `SELECT email FROM users ORDER BY email`);
      const members = await client.query(
        `SELECT email FROM users WHERE id IN (SELECT user_id FROM memberships WHERE agency_id = $1) ORDER BY email`,
        [a.agencyId],
      );
      expect(users.map((row) => row.email)).toEqual(members.rows.map((row) => row.email));
      expect(users.map((row) => row.email)).toContain(a.email);
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
        [c.agencyId],
      );
      expect(events.rows.map((row) => row.action)).toEqual([
        'agency.signUp',
        'member.invite',
        'apiKey.create',
      ]);
      expect(events.rows[0].actor).toBe(`user:${c.email}`);
      expect(JSON.stringify(events.rows)).not.toMatch(/vdk_[0-9a-f]{8}_/);
    });
  });
});
