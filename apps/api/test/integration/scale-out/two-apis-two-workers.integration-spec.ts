import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Bull from 'bull';
import { QueueName } from '../../../src/engine/queue/queues';
import {
  BuiltApi,
  BuiltProcess,
  sharedSecrets,
  startBuiltApi,
  startBuiltWorker,
} from '../../support/built-processes';
import { addMember, SIGN_UP, SignedUpAgency, signUpAgency } from '../../support/fixtures';
import { caseClient } from '../../support/cases';
import { createPortfolio, ok } from '../../support/portfolio';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { GraphQLClient, graphQLClient, uniqueAddress, uniqueEmail } from '../../support/test-api';
import { databaseUrl, newDatabaseName, withAdminClient } from '../../support/test-database';

// Two built APIs and two built workers on one database, one Redis and one files directory, as
// replicas behind a load balancer run. The database is this file's own, empty at the start: both
// APIs migrate it at once (the advisory lock makes them take turns), and the workers' real-time
// ticks scan only this file's agencies.
const TICK_SECONDS = 2;
const databaseName = newDatabaseName();
const sql = (text: string, values: unknown[] = []) =>
  withAdminClient((client) => client.query(text, values), databaseUrl(databaseName));

const smtp = new SmtpPeer();
const filesDir = mkdtempSync(join(tmpdir(), 'veridesk-scale-files-'));
const queuePrefix = `scale_${randomBytes(4).toString('hex')}`;
let env: Record<string, string>;
let apis: BuiltApi[] = [];
const workers: BuiltProcess[] = [];
let one: GraphQLClient;
let two: GraphQLClient;
type Reader = Pick<SignedUpAgency, 'token' | 'userId' | 'email'>;
let readers: Reader[];
let readersAgencyId: string;
let workersStartedAt: number;
const notificationsQueue = () =>
  new Bull(QueueName.Notifications, {
    redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    prefix: queuePrefix,
  });

beforeAll(async () => {
  await withAdminClient((client) => client.query(`CREATE DATABASE ${databaseName}`));
  env = {
    ...sharedSecrets(),
    DATABASE_URL: databaseUrl(databaseName),
    DATABASE_POOL_SIZE: '4',
    QUEUE_PREFIX: queuePrefix,
    FILES_DIR: filesDir,
    SMTP_URL: await smtp.start(),
    RUN_MIGRATIONS: 'true',
    SCHEDULED_JOBS: 'true',
    NOTIFICATIONS_TICK_CRON: `*/${TICK_SECONDS} * * * * *`,
    LOGIN_ATTEMPTS_PER_ACCOUNT: '3',
  };
  apis = await Promise.all([startBuiltApi(env, 45_000), startBuiltApi(env, 45_000)]);
  one = graphQLClient(apis[0].url);
  two = graphQLClient(apis[1].url);
  readers = await seedDueDigestsAndAlerts();
  // The workers boot while the other tests run; the last test waits for their mail.
  workersStartedAt = Date.now();
  workers.push(startBuiltWorker(env), startBuiltWorker(env));
}, 60_000);

/** A zone where it is now noon: the morning digest is due, and the date holds for hours. */
function zoneAtNoon(): string {
  const offset = ((12 - new Date().getUTCHours() + 36) % 24) - 12;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * Two readers (the OWNER signed up on one API, an ADMIN who joined through the other), both at
 * noon, and a case due in 12 h with no slot booked: each is owed one digest and the case's alerts.
 */
async function seedDueDigestsAndAlerts(): Promise<Reader[]> {
  const owner = await signUpAgency(one);
  const admin = await addMember(two, owner.token, 'ADMIN');
  readersAgencyId = owner.agencyId;
  const both = [owner, admin];
  for (const reader of both) {
    ok(
      await one.gql(
        `mutation P($zone: String!) { updateProfile(input: { timeZone: $zone }) { timeZone } }`,
        { zone: zoneAtNoon() },
        { as: reader.token },
      ),
      'updateProfile',
    );
  }
  const portfolio = await createPortfolio(two, owner.token, { sites: ['TH'] });
  await caseClient(two, owner.token).open({
    sellerEntityId: portfolio.entityId,
    representativeId: portfolio.representativeId,
    site: 'TH',
    trigger: 'OTHER',
    noticeReceivedAt: new Date(Date.now() - 60 * 3_600_000).toISOString(),
  });
  return both;
}

afterAll(async () => {
  await Promise.all([...apis, ...workers].map((process) => process.stop()));
  const queue = notificationsQueue();
  await queue.obliterate({ force: true });
  await queue.close();
  await smtp.stop();
  await withAdminClient((client) => client.query(`DROP DATABASE ${databaseName} WITH (FORCE)`));
  rmSync(filesDir, { recursive: true, force: true });
});

describe('two APIs booting on an empty database', () => {
  it('apply each migration once', async () => {
    const { rows } = await sql(
      `SELECT count(*)::int AS applied, count(DISTINCT name)::int AS distinct FROM migrations`,
    );
    expect(rows[0].applied).toBeGreaterThan(0);
    expect(rows[0].applied).toBe(rows[0].distinct);
  });
});

describe('a browser session', () => {
  const ME = `{ me { role user { email } } }`;
  const REFRESH = `mutation { refreshSession { token viewer { role } } }`;
  const cookieOf = (headers: Headers) => (headers.get('set-cookie') ?? '').split(';')[0];

  it('started on one API carries on at the other: access token and session cookie', async () => {
    const email = uniqueEmail();
    const signedUp = await one.gql(SIGN_UP, {
      input: { agencyName: 'Replica Co', name: '李娜', email, password: 'a long enough pw' },
    });
    const token = ok(signedUp, 'signUp').token as string;
    expect(ok(await two.gql(ME, {}, { as: token }), 'me').user.email).toBe(email);

    const refreshed = await two.gql(
      REFRESH,
      {},
      { headers: { cookie: cookieOf(signedUp.headers) } },
    );
    expect(ok(refreshed, 'refreshSession').viewer.role).toBe('OWNER');
    const rotated = cookieOf(refreshed.headers);
    const again = await one.gql(REFRESH, {}, { headers: { cookie: rotated } });
    expect(ok(again, 'refreshSession').viewer.role).toBe('OWNER');
    const renewed = again.data!.refreshSession.token as string;
    expect(ok(await two.gql(ME, {}, { as: renewed }), 'me').role).toBe('OWNER');
  });
});

describe('sign-in throttling', () => {
  const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { token } }`;

  it('counts failures on both APIs against one limit (3 per account)', async () => {
    const agency = await signUpAgency(one);
    const attempt = (api: GraphQLClient, password: string) =>
      api.gql(
        LOGIN,
        { input: { email: agency.email, password } },
        { headers: { 'x-forwarded-for': uniqueAddress() } },
      );
    // 2 + 1: neither process alone has seen three failures.
    for (const api of [one, two, one]) {
      const failed = await attempt(api, 'wrong password!');
      expect(failed.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    for (const api of [one, two]) {
      const blocked = await attempt(api, agency.password);
      expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
    }
  });
});

describe('files', () => {
  it('uploaded through one API are served by the other', async () => {
    const owner = readers[0];
    const scan = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      randomBytes(2048),
      Buffer.from('\n%%EOF\n'),
    ]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(scan)]), '营业执照.pdf');
    const uploaded = await fetch(`${apis[0].url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };

    const served = await fetch(`${apis[1].url}/files/${id}`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(scan)).toBe(true);
  });
});

describe('two workers with scheduled jobs on', () => {
  // Opening the case restricted the TH store: two alerts (case due soon, store restricted).
  const OWED = ['alert:case-due-soon', 'alert:store-restricted', 'digest'];
  const mailTo = (email: string) => smtp.to(email).length;

  it('tick once per period and send each digest and alert exactly once', async () => {
    await eventually(() => readers.every((reader) => mailTo(reader.email) >= OWED.length), 40_000);
    // Several more periods: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 2 * TICK_SECONDS * 1000));

    const deliveries = await sql(
      `SELECT id, user_id, dedupe_key, status FROM deliveries WHERE agency_id = $1`,
      [readersAgencyId],
    );
    for (const reader of readers) {
      const theirs = deliveries.rows.filter((row) => row.user_id === reader.userId);
      expect(theirs.map((row) => row.dedupe_key.split(':').slice(0, 2).join(':')).sort()).toEqual(
        OWED.map((kind) => (kind === 'digest' ? `digest:${reader.userId}` : kind)),
      );
      expect(theirs.every((row) => row.status === 'SENT')).toBe(true);
      expect(mailTo(reader.email)).toBe(OWED.length);
      for (const row of theirs) {
        const copies = smtp.inbox.filter((mail) => mail.data.includes(`<${row.id}@veridesk>`));
        expect({ row: row.dedupe_key, copies: copies.length }).toEqual({
          row: row.dedupe_key,
          copies: 1,
        });
      }
    }

    // One schedule in Redis, and no period ran its tick twice.
    const queue = notificationsQueue();
    try {
      const schedules = (await queue.getRepeatableJobs()).filter((job) => job.name === 'tick');
      expect(schedules).toHaveLength(1);
      const periods = (await queue.getCompleted(0, 1000))
        .filter((job) => job.name === 'tick')
        .map((job) => (job.opts as { prevMillis: number }).prevMillis)
        .sort((a, b) => a - b);
      const elapsedPeriods = (Date.now() - workersStartedAt) / (TICK_SECONDS * 1000);
      expect(periods.length).toBeGreaterThanOrEqual(3);
      expect(periods.length).toBeLessThanOrEqual(Math.ceil(elapsedPeriods) + 1);
      for (let index = 1; index < periods.length; index++) {
        expect(periods[index] - periods[index - 1]).toBeGreaterThanOrEqual(TICK_SECONDS * 1000);
      }
    } finally {
      await queue.close();
    }
    for (const worker of workers) expect(worker.child.exitCode).toBeNull();
  }, 60_000);
});
