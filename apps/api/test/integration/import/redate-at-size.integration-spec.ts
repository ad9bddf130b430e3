import type { Client } from 'pg';
import { signUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseUrl, newDatabaseName, withAdminClient } from '../../support/test-database';
import {
  IMPORT_PORTFOLIO as IMPORT,
  ok,
  PORTFOLIO_CSV_HEADER as HEADER,
} from '../../support/portfolio';

// Re-importing a portfolio with every licence re-dated, when each entity also holds another
// document: the licences' update refreshes every store's impacts in one set-based statement. On a
// database of its own holding this agency alone, so the planner sees the same tables every run.
const DATABASE_NAME = newDatabaseName();
const DATABASE_URL = databaseUrl(DATABASE_NAME);

const TABLES = [
  'seller_entities',
  'documents',
  'stores',
  'store_impacts',
  'representatives',
  'verification_cases',
];

/** Entities `first`… with one TH store each. */
function csvOf(first: number, count: number): string {
  const lines = [HEADER];
  for (let n = first; n < first + count; n++)
    lines.push(
      `${makeUscc(n)},深圳市第${n}号电子商务有限公司,张伟,electronics,2027-06-30,TH,Shop ${n},TH${n},electronics`,
    );
  return lines.join('\n');
}

let api: TestApi;

const admin = <T>(work: (client: Client) => Promise<T>) => withAdminClient(work, DATABASE_URL);

/**
 * Runs `sql` as `agencyId`'s app role in a transaction rolled back after, and counts the rows every
 * plan node of it and of its triggers' statements produced or filtered out (from auto_explain's
 * plans with actual counts): the statement's work, which machine load does not change.
 */
async function rowsHandled(agencyId: string, sql: string): Promise<number> {
  return admin(async (client) => {
    const plans: string[] = [];
    client.on('notice', (notice) => plans.push(notice.message ?? ''));
    await client.query(`LOAD 'auto_explain'`);
    await client.query(`SET auto_explain.log_min_duration = 0`);
    await client.query(`SET auto_explain.log_analyze = on`);
    await client.query(`SET auto_explain.log_timing = off`);
    await client.query(`SET auto_explain.log_nested_statements = on`);
    await client.query(`SET auto_explain.log_level = notice`);
    await client.query('BEGIN');
    try {
      await client.query(
        `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
        [agencyId],
      );
      await client.query(sql);
    } finally {
      await client.query('ROLLBACK');
    }
    let rows = 0;
    for (const plan of plans) {
      let loops = 1;
      for (const line of plan.split('\n')) {
        const node = /actual rows=(\d+) loops=(\d+)/.exec(line);
        if (node) {
          loops = Number(node[2]);
          rows += Number(node[1]) * loops;
        }
        // Shown per loop.
        const removed = /Rows Removed by [A-Za-z ]+: (\d+)/.exec(line);
        if (removed) rows += Number(removed[1]) * loops;
      }
    }
    return rows;
  });
}

beforeAll(async () => {
  await withAdminClient((client) => client.query(`CREATE DATABASE ${DATABASE_NAME}`));
  api = await startTestApi({ DATABASE_URL, RUN_MIGRATIONS: 'true' });
}, 60_000);

afterAll(async () => {
  await api?.close();
  // FORCE ends any backend still at work, so a failure here leaves nothing running.
  await withAdminClient((client) =>
    client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`),
  );
});

describe('re-dating licences at size', () => {
  it('re-dates the licences of 3,000 entities that hold other documents in work linear in their stores', async () => {
    const owner = await signUpAgency(api);
    const csv = csvOf(1, 3000);
    const imported = ok(await api.gql(IMPORT, { csv }, { as: owner.token }), 'importPortfolio');
    expect(imported).toMatchObject({ created: 3000, errors: [] });
    // A tax registration for every entity, and statistics that know them all.
    await admin(async (client) => {
      await client.query(
        `INSERT INTO documents (agency_id, seller_entity_id, type, expires_on)
         SELECT agency_id, id, 'TAX_REGISTRATION', '2028-12-31' FROM seller_entities
          WHERE agency_id = $1`,
        [owner.agencyId],
      );
      await client.query(`ANALYZE ${TABLES.join(', ')}`);
    });

    // The import's re-dating of every licence; its trigger refreshes the 3,000 stores' impacts.
    const rows = await rowsHandled(
      owner.agencyId,
      `UPDATE documents SET expires_on = '2029-01-01', updated_at = now()
        WHERE type = 'BUSINESS_LICENSE'`,
    );
    console.log(
      `re-dating 3,000 licences (3,000 stores, each entity with a tax registration): ` +
        `${rows.toLocaleString('en')} rows handled by the plans, ${(rows / 3000).toFixed(1)} per store`,
    );
    // Each statement handles each store's rows a few times: about 70 per store. Comparing every
    // store with every other store's documents (a merge join on agency_id alone, which the
    // refresh's estimates once chose) handles 1,500 more per store.
    expect(rows / 3000).toBeLessThan(300);
  }, 120_000);
});
