import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkResidentId, checkUscc } from '@veridesk/domain';
import { Client } from 'pg';
import { planScaleSeed } from './scale-seed-plan';
import { runScaleSeed, scaleSeedConfig } from './scale-seed.module';
import type { ScaleSeedReport } from './scale-seed.service';

const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = `veridesk_test_seed_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const databaseUrl = (name: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The seed as `npm run seed:scale` runs it, into this file's own database (migrated by the seed). */
const seedOnce = (tag: string) =>
  runScaleSeed(
    scaleSeedConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(DATABASE),
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'silent',
      SCHEDULED_JOBS: 'false',
      PUBLIC_URL: 'http://localhost:3000',
      FILES_DIR: join(tmpdir(), `veridesk-test-files-${DATABASE}`),
    }),
    { entities: ENTITIES, managers: 3, seed: 7, emailTag: tag },
  );

// The first 15 entities carry a case of every kind and every hand-set store status.
const ENTITIES = 16;

/** What a seed wrote into one agency, read past row-level security, minus ids and instants. */
async function contents(agencyId: string) {
  return withClient(databaseUrl(DATABASE), async (client) => {
    const rows = async (sql: string) =>
      (await client.query(sql, [agencyId])).rows.map((row) => Object.values(row).join('|'));
    return {
      entities: await rows(
        `SELECT uscc, legal_name, registered_representative_name, archived_at IS NULL FROM seller_entities WHERE agency_id = $1 ORDER BY uscc`,
      ),
      stores: await rows(
        `SELECT site, lazada_seller_id, shop_name, status FROM stores WHERE agency_id = $1 ORDER BY site, lazada_seller_id`,
      ),
      representatives: await rows(
        `SELECT full_name, role, id_number_masked, id_expires_on FROM representatives WHERE agency_id = $1 ORDER BY 3, 1`,
      ),
      documents: await rows(
        `SELECT type, number, expires_on, sites FROM documents WHERE agency_id = $1 ORDER BY 1, 2, 3, 4`,
      ),
    };
  });
}

describe('npm run seed:scale', () => {
  let first: ScaleSeedReport;
  let second: ScaleSeedReport;

  beforeAll(async () => {
    await withClient(ADMIN_URL, (client) => client.query(`CREATE DATABASE ${DATABASE}`));
    const tag = randomBytes(3).toString('hex');
    first = await seedOnce(`${tag}a`);
    second = await seedOnce(`${tag}b`);
  }, 90_000);

  afterAll(() =>
    withClient(ADMIN_URL, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`),
    ),
  );

  it('seeds an agency in the proportions of a real portfolio', () => {
    const { counts } = first;
    expect(counts.seller_entities).toBe(ENTITIES);
    expect(counts.memberships).toBe(4);
    expect(counts.stores / ENTITIES).toBeGreaterThan(3);
    expect(counts.stores / ENTITIES).toBeLessThan(5);
    expect(counts.representatives / ENTITIES).toBeGreaterThan(1.5);
    expect(counts.documents / ENTITIES).toBeGreaterThan(10);
    // Every service call wrote its audit event, as through the API.
    expect(counts.audit_events).toBeGreaterThan(counts.documents);
  });

  it('has cases in every state, stores held by cases and by hand, and every kind of expiry', () => {
    expect(Object.keys(first.caseStatuses).sort()).toEqual(
      ['AWAITING_BOOKING', 'CANCELLED', 'FAILED', 'OVERDUE', 'PASSED', 'SCHEDULED'].sort(),
    );
    expect(Object.keys(first.storeStatuses).sort()).toEqual(
      ['ACTIVE', 'CLOSED', 'FROZEN', 'RESTRICTED', 'UNDER_REVIEW'].sort(),
    );
    expect(Object.keys(first.documentExpiries).sort()).toEqual(
      [
        'expired',
        'later',
        'long-term',
        'within 30 days',
        'within 60 days',
        'within 90 days',
      ].sort(),
    );
  });

  it('writes valid identifiers, and the same data for the same seed', async () => {
    const [a, b] = await Promise.all([contents(first.agencyId), contents(second.agencyId)]);
    expect(a.entities).toHaveLength(ENTITIES);
    for (const entity of a.entities) expect(checkUscc(entity.split('|')[0]).ok).toBe(true);
    expect(b).toEqual(a);
    expect(second.caseStatuses).toEqual(first.caseStatuses);
    expect(second.agencyId).not.toBe(first.agencyId);
  });

  it('stores resident ID numbers that pass GB 11643-1999 (sealed, so checked through the plan)', async () => {
    const plan = planScaleSeed(7, { entities: ENTITIES, managers: 3 }, first.today);
    const residentIds = plan.entities
      .flatMap((entity) => entity.representatives)
      .filter((person) => person.idType === 'CN_RESIDENT_ID');
    expect(residentIds.length).toBeGreaterThan(ENTITIES);
    for (const person of residentIds)
      expect(checkResidentId(person.idNumber, first.today)).toEqual({
        ok: true,
        value: person.idNumber,
      });
  });
});
