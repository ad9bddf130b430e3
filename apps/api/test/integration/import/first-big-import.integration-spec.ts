import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseUrl, newDatabaseName, withAdminClient } from '../../support/test-database';

// A new customer's first big import, on a database of its own that holds nothing but this file's
// agency: its tables' statistics are those of an almost empty installation, as on a fresh install.
const DATABASE_NAME = newDatabaseName();
const DATABASE_URL = databaseUrl(DATABASE_NAME);

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

/** `count` entities with one TH store each, numbered from `first`. */
function csvOf(first: number, count: number, expiresOn = '2027-06-30'): string {
  const lines = [HEADER];
  for (let n = first; n < first + count; n++)
    lines.push(
      `${makeUscc(n)},深圳市第${n}号电子商务有限公司,张伟,electronics,${expiresOn},TH,Shop ${n},TH${n},electronics`,
    );
  return lines.join('\n');
}

let api: TestApi;
let agency: SignedUpAgency;

/**
 * Imports `csv`, failing with `expected` in the message when no answer comes within `limit`
 * seconds (the request would otherwise wait for the jest timeout, or forever).
 */
async function importWithin(limit: number, expected: string, csv: string, dryRun = false) {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${limit} s; ${expected}`)),
      limit * 1000,
    );
  });
  try {
    const result = await Promise.race([
      api.gql(IMPORT, { csv, dryRun }, { as: agency.token }),
      late,
    ]);
    const seconds = (performance.now() - started) / 1000;
    if (seconds > limit) throw new Error(`answered in ${seconds.toFixed(1)} s; ${expected}`);
    return ok(result, 'importPortfolio');
  } finally {
    clearTimeout(timer);
  }
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

describe('a first big import into a nearly empty agency', () => {
  it('takes seconds after a few small imports, one of them changing a licence date', async () => {
    const small = (csv: string) => importWithin(30, 'a one-row import takes well under 1 s', csv);
    expect(await small(csvOf(1, 1))).toMatchObject({ created: 1, errors: [] });
    expect(await small(csvOf(2, 1))).toMatchObject({ created: 1, errors: [] });
    expect(await small(csvOf(2, 1, '2028-01-31'))).toMatchObject({
      created: 0,
      updated: 1,
      errors: [],
    });

    // The file the customer checks, then imports: its rows 1 and 2 are the entities already there
    // (row 2's licence goes back to 2027-06-30). A generous bound here; about 2 s is normal, and it
    // never finished (a backend spinning in the store-impacts trigger) when the bulk statements'
    // plans came from the statistics of an empty agency.
    const file = csvOf(1, 3000);
    const expected = 'expected under 10 s on this 2-core machine';
    expect(await importWithin(60, expected, file, true)).toEqual({
      dryRun: true,
      created: 2998,
      updated: 1,
      unchanged: 1,
      errors: [],
    });
    expect(await importWithin(60, expected, file)).toEqual({
      dryRun: false,
      created: 2998,
      updated: 1,
      unchanged: 1,
      errors: [],
    });
  }, 120_000);
});
