import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseUrl, newDatabaseName, withAdminClient } from '../../support/test-database';

// An agency that has made a few small imports, each followed by the ANALYZE autovacuum runs on
// tables that small, then checks and imports a 3,000-row file. On a database of its own, so the
// statistics are exactly those of the small imports whatever other files write, and the table
// counters below count this file's work only.
const DATABASE_NAME = newDatabaseName();
const DATABASE_URL = databaseUrl(DATABASE_NAME);

// Every table the import reads or writes, its triggers' included.
const TABLES = [
  'seller_entities',
  'documents',
  'stores',
  'store_impacts',
  'representatives',
  'verification_cases',
];

const IMPORT = /* GraphQL */ `
  mutation Import($csv: String!, $dryRun: Boolean) {
    importPortfolio(csv: $csv, dryRun: $dryRun) {
      dryRun
      created
      updated
      unchanged
      errors {
        row
        code
      }
    }
  }
`;
const HEADER =
  'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';

/** Entities `first`… with a TH store each and, every third one unless `thaiOnly`, an MY store too. */
function csvOf(first: number, count: number, expiresOn = '2027-06-30', thaiOnly = false): string {
  const lines = [HEADER];
  for (let n = first; n < first + count; n++) {
    const entity = `${makeUscc(n)},深圳市第${n}号电子商务有限公司,张伟,electronics,${expiresOn}`;
    lines.push(`${entity},TH,Shop ${n},TH${n},electronics`);
    if (n % 3 === 0 && !thaiOnly) lines.push(`${entity},MY,Shop ${n},MY${n},electronics`);
  }
  return lines.join('\n');
}

let api: TestApi;
let agency: SignedUpAgency;

const admin = <T>(work: (client: Client) => Promise<T>) => withAdminClient(work, DATABASE_URL);

async function timedImport(csv: string, dryRun: boolean) {
  const started = performance.now();
  const report = ok(
    await api.gql(IMPORT, { csv, dryRun }, { as: agency.token }),
    'importPortfolio',
  );
  return { report, ms: performance.now() - started };
}

const readTuples = () =>
  admin(async (client) => {
    const { rows } = await client.query(
      `SELECT sum(seq_tup_read + coalesce(idx_tup_fetch, 0))::bigint AS n
         FROM pg_stat_user_tables WHERE relname = ANY ($1)`,
      [TABLES],
    );
    return Number(rows[0].n);
  });

/**
 * Table rows the import's statements have read since `before` (sequential scans and index
 * fetches, rolled-back work included): a count of work that machine load does not change. A
 * backend reports its counters once idle, at most 10 s after its last transaction (PostgreSQL 15+).
 */
async function tuplesReadSince(before: number): Promise<number> {
  await sleep(11_000);
  return (await readTuples()) - before;
}

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
  agency = await signUpAgency(api);
}, 60_000);

afterAll(async () => {
  await api?.close();
  // FORCE ends any backend still at work, so a failure here leaves nothing running.
  await withAdminClient((client) =>
    client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`),
  );
});

describe('importing at size', () => {
  it('checks 3,000 rows after a few small imports reading each table row a few times, not once per row of the file, then imports them', async () => {
    // Three small imports (6, 16 and 27 rows), the tables analysed after each.
    for (const [first, count] of [
      [1, 5],
      [6, 12],
      [18, 20],
    ]) {
      const csv = csvOf(first, count);
      const { report } = await timedImport(csv, false);
      expect(report).toMatchObject({ created: csv.split('\n').length - 1, errors: [] });
      await admin((client) => client.query(`ANALYZE ${TABLES.join(', ')}`));
    }
    // One more after the last ANALYZE: the API's connections plan with those statistics.
    expect((await timedImport(csvOf(38, 5, '2028-01-31'), false)).report).toMatchObject({
      created: 7,
      errors: [],
    });

    // Files of 400 and 4,000 rows that begin with the 42 entities already there (56 rows): the
    // last 5 get their licence date back (the entity's first row counts as updated).
    const small = csvOf(1, 300);
    const large = csvOf(1, 3000);
    // The middle of three, so that one run on a briefly idle machine does not set the scale.
    const before = await readTuples();
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await timedImport(small, true));
    for (const { report } of runs)
      expect(report).toMatchObject({ created: 344, updated: 5, unchanged: 51, errors: [] });
    const hundreds = runs.sort((a, b) => a.ms - b.ms)[1];
    const thousands = await timedImport(large, true);
    expect(thousands.report).toEqual({
      dryRun: true,
      created: 3944,
      updated: 5,
      unchanged: 51,
      errors: [],
    });
    // Read by the four dry runs: 5,200 file rows.
    const read = await tuplesReadSince(before);
    const imported = await timedImport(large, false);
    expect(imported.report).toEqual({
      dryRun: false,
      created: 3944,
      updated: 5,
      unchanged: 51,
      errors: [],
    });

    const ratio = thousands.ms / hundreds.ms;
    console.log(
      `import after small imports: 400-row dry run ${hundreds.ms.toFixed(0)} ms, ` +
        `4,000-row dry run ${thousands.ms.toFixed(0)} ms (${ratio.toFixed(1)}×; ` +
        `dry runs of 5,200 rows in all read ${read.toLocaleString('en')} table rows, ` +
        `${(read / 5200).toFixed(1)} per file row), ` +
        `4,000-row import ${imported.ms.toFixed(0)} ms`,
    );
    // Set-based statements read each table row a few times: 11 per file row. A scan of the
    // agency's entities per inserted row (a plan made for the small imports' tables) reads 1,300.
    expect(read / 5200).toBeLessThan(100);
    // Ten times the rows: linear work with a fixed part costs under 10× (about 7× here), work
    // quadratic in the rows up to 100×. Generous, so that a loaded machine does not fail it.
    expect(ratio).toBeLessThan(30);
  }, 300_000);

  it('re-dates the licences of 3,000 entities that hold other documents in work linear in their stores', async () => {
    const owner = await signUpAgency(api, '广州星辰跨境服务有限公司');
    const csv = csvOf(1, 3000, '2027-06-30', true);
    const imported = ok(
      await api.gql(IMPORT, { csv, dryRun: false }, { as: owner.token }),
      'importPortfolio',
    );
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
