import type { Client } from 'pg';
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { caseClient } from '../../support/cases';
import { signUpAgency } from '../../support/fixtures';
import { tenantTables } from '../../support/tenant-tables';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

// Every rule here is read from the catalog (pg_constraint, pg_attribute, pg_policies), so a table
// or key added later is judged without editing this file.

type ForeignKey = {
  name: string;
  source: string;
  target: string;
  columns: string[];
  referenced: string[];
  /** Every column of the key is NOT NULL, so the key is always checked (MATCH SIMPLE skips nulls). */
  required: boolean;
};

let api: TestApi;
let a: AgencyRecords;
let b: AgencyRecords;

const withDb = <T>(work: (client: Client) => Promise<T>) =>
  withAdminClient(work, process.env.TEST_DATABASE_URL);

/** One of every record, and an attempt: a row in every tenant table. */
async function seed(name: string): Promise<AgencyRecords> {
  const owner = await signUpAgency(api, name);
  const records = await createAgencyRecords(api, owner, name);
  await caseClient(api, owner.token).attempt({
    caseId: records.caseId,
    outcome: 'FAILED',
    occurredAt: '2026-12-01T01:30:00.000Z',
    failureReasons: ['NETWORK_LATENCY'],
  });
  return records;
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(RECORDS_NOW);
  a = await seed('Agency A');
  b = await seed('Agency B');
});
afterAll(() => {
  api.clock.reset();
  return api.close();
});

async function foreignKeys(client: Client): Promise<ForeignKey[]> {
  const result = await client.query(`
    SELECT c.conname AS name, src.relname AS source, dst.relname AS target,
      ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
      ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
            JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS referenced,
      NOT EXISTS (SELECT 1 FROM pg_attribute a
                  WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) AND NOT a.attnotnull) AS required
    FROM pg_constraint c
    JOIN pg_class src ON src.oid = c.conrelid
    JOIN pg_class dst ON dst.oid = c.confrelid
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
    ORDER BY 1`);
  return result.rows;
}

/** The key pairs agency_id with agency_id, in the same position on both sides. */
const pairsAgency = (key: ForeignKey) =>
  key.columns.some((column, i) => column === 'agency_id' && key.referenced[i] === 'agency_id');

describe('foreign keys between tenant tables', () => {
  it('include agency_id on both sides of every key from one tenant table to another', async () => {
    await withDb(async (client) => {
      const tenant = new Set(await tenantTables(client));
      const between = (await foreignKeys(client)).filter(
        (key) => tenant.has(key.source) && tenant.has(key.target),
      );
      expect(between).not.toEqual([]);
      expect(between.filter((key) => !pairsAgency(key)).map((key) => key.name)).toEqual([]);
    });
  });

  it('leave a tenant table only for agencies (on agency_id) and the global users', async () => {
    await withDb(async (client) => {
      const tenant = new Set(await tenantTables(client));
      const outward = (await foreignKeys(client)).filter(
        (key) => tenant.has(key.source) && !tenant.has(key.target),
      );
      expect([...new Set(outward.map((key) => key.target))].sort()).toEqual(['agencies', 'users']);
      const toAgencies = outward.filter((key) => key.target === 'agencies');
      for (const key of toAgencies) {
        expect({ key: key.name, columns: key.columns, referenced: key.referenced }).toEqual({
          key: key.name,
          columns: ['agency_id'],
          referenced: ['id'],
        });
      }
    });
  });

  it("tie every tenant table's agency_id to agencies, directly or through a required composite key", async () => {
    await withDb(async (client) => {
      const tables = await tenantTables(client);
      const keys = await foreignKeys(client);
      const anchored = new Set(
        keys
          .filter((key) => key.target === 'agencies' && key.columns.join() === 'agency_id')
          .map((key) => key.source),
      );
      // Follow required composite keys until nothing new is anchored.
      for (let grew = true; grew;) {
        grew = false;
        for (const key of keys) {
          if (anchored.has(key.source) || !anchored.has(key.target)) continue;
          if (key.required && pairsAgency(key)) {
            anchored.add(key.source);
            grew = true;
          }
        }
      }
      expect(tables.filter((table) => !anchored.has(table))).toEqual([]);
    });
  });

  it("refuses, even on an admin connection that bypasses row-level security, a row of A under B's entity", async () => {
    await withDb(async (client) => {
      const { rows } = await client.query(
        `SELECT id FROM seller_entities WHERE agency_id = $1 LIMIT 1`,
        [b.agencyId],
      );
      await expect(
        client.query(
          `INSERT INTO representatives (agency_id, seller_entity_id, full_name, role, id_type,
             id_number_ciphertext, id_number_key_id, id_number_hash, id_number_masked)
           VALUES ($1, $2, 'x', 'LEGAL_REPRESENTATIVE', 'PASSPORT', 'x', 'k1', 'x', 'x')`,
          [a.agencyId, rows[0].id],
        ),
      ).rejects.toMatchObject({ code: '23503', constraint: 'FK_representatives_seller_entity' });
    });
  });

  it("refuses every composite key of A's rows re-pointed at B's row", async () => {
    await withDb(async (client) => {
      const tenant = new Set(await tenantTables(client));
      const composite = (await foreignKeys(client)).filter(
        (key) => tenant.has(key.source) && tenant.has(key.target),
      );
      const outcomes: Record<string, string> = {};
      await client.query('BEGIN');
      try {
        for (const key of composite) {
          const pointers = key.columns.filter((column) => column !== 'agency_id');
          const targets = key.referenced.filter((column) => column !== 'agency_id');
          const source = await client.query(
            `SELECT ctid FROM ${key.source} WHERE agency_id = $1 LIMIT 1`,
            [a.agencyId],
          );
          const target = await client.query(
            `SELECT ${targets.join(', ')} FROM ${key.target} WHERE agency_id = $1 LIMIT 1`,
            [b.agencyId],
          );
          if (!source.rows.length || !target.rows.length) {
            outcomes[key.name] = `unseeded: a ${key.source} row of A and a ${key.target} row of B`;
            continue;
          }
          const assignments = pointers.map((column, i) => `${column} = $${i + 2}`).join(', ');
          await client.query('SAVEPOINT attack');
          try {
            await client.query(`UPDATE ${key.source} SET ${assignments} WHERE ctid = $1`, [
              source.rows[0].ctid,
              ...targets.map((column) => target.rows[0][column]),
            ]);
            outcomes[key.name] = 'accepted';
          } catch (error: any) {
            outcomes[key.name] = `${error.code} ${error.constraint}`;
          }
          await client.query('ROLLBACK TO SAVEPOINT attack');
        }
      } finally {
        await client.query('ROLLBACK');
      }
      expect(outcomes).toEqual(
        Object.fromEntries(composite.map((key) => [key.name, `23503 ${key.name}`])),
      );
    });
  });
});

describe('removing a member who manages entities', () => {
  it('leaves their entities unassigned instead of failing', async () => {
    const removed = await api.gql(
      `mutation Remove($id: ID!) { removeMember(id: $id) { id } }`,
      { id: a.colleagueMemberId },
      { as: a.ownerToken },
    );

    expect(removed.errors).toBeUndefined();
    await withDb(async (client) => {
      const { rows } = await client.query(
        `SELECT agency_id::text, manager_id FROM seller_entities WHERE id = $1`,
        [a.entityId],
      );
      expect(rows).toEqual([{ agency_id: a.agencyId, manager_id: null }]);
    });
  });
});

// The agency computed once per statement (migration RlsAgencyOncePerStatement), as PostgreSQL
// prints it: a new tenant table's policy must read the same.
const ISOLATION = '(agency_id = ( SELECT veridesk_current_agency() AS veridesk_current_agency))';

describe('tenant tables', () => {
  it('each carry the agency isolation policy for the app role, and grant it read and write', async () => {
    await withDb(async (client) => {
      const { rows } = await client.query(
        `SELECT t.relname AS table,
           EXISTS (SELECT 1 FROM pg_policies p
                   WHERE p.schemaname = 'public' AND p.tablename = t.relname AND p.cmd = 'ALL'
                     AND 'veridesk_app' = ANY (p.roles)
                     AND p.qual = $2 AND p.with_check = $2) AS isolated,
           has_table_privilege('veridesk_app', t.oid, 'SELECT')
             AND has_table_privilege('veridesk_app', t.oid, 'INSERT')
             AND has_table_privilege('veridesk_app', t.oid, 'UPDATE')
             AND has_table_privilege('veridesk_app', t.oid, 'DELETE') AS writable
         FROM pg_class t WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY ($1)
         ORDER BY 1`,
        [await tenantTables(client), ISOLATION],
      );
      expect(rows).not.toEqual([]);
      expect(rows.filter((row) => !(row.isolated && row.writable)).map((row) => row.table)).toEqual(
        [],
      );
    });
  });
});
