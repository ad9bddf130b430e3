import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseUrl, newDatabaseName, withAdminClient } from '../../support/test-database';
import {
  IMPORT_PORTFOLIO as IMPORT,
  ok,
  PORTFOLIO_CSV_HEADER as HEADER,
} from '../../support/portfolio';

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

/** Entities `first`… with a TH store each and, every third one, an MY store too. */
function csvOf(first: number, count: number, expiresOn = '2027-06-30'): string {
  const lines = [HEADER];
  for (let n = first; n < first + count; n++) {
    const entity = `${makeUscc(n)},深圳市第${n}号电子商务有限公司,张伟,electronics,${expiresOn}`;
    lines.push(`${entity},TH,Shop ${n},TH${n},electronics`);
    if (n % 3 === 0) lines.push(`${entity},MY,Shop ${n},MY${n},electronics`);
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
 * backend reports its counters when idle: at once, or 10 s later if it reported under a second ago.
 */
async function tuplesReadSince(before: number): Promise<number> {
  await sleep(11_000);
  return (await readTuples()) - before;
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
});
