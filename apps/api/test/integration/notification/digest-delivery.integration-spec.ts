import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bull';
import { WorkerModule } from '../../../src/app.module';
import { QueueName } from '../../../src/engine/queue/queues';
import { NotificationScheduler } from '../../../src/modules/notification/services/notification-scheduler.service';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, OPEN_CASE, ok, USCC } from '../../support/portfolio';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { startTestApi, TestApi, testConfig } from '../../support/test-api';
import { TestClock } from '../../support/test-clock';
import { withAdminClient } from '../../support/test-database';

const smtp = new SmtpPeer();
const clock = new TestClock();
const queuePrefix = `test_${randomBytes(4).toString('hex')}`;
let api: TestApi;
let worker: INestApplicationContext;
let scheduler: NotificationScheduler;
let owner: SignedUpAgency;
let bangkok: { token: string; userId: string; email: string };
let other: SignedUpAgency;

const sql = (text: string, values: unknown[] = []) =>
  withAdminClient((client) => client.query(text, values), process.env.TEST_DATABASE_URL);
/** The SMTP message of a delivery row (every send carries Message-ID <delivery id@veridesk>). */
const mailOf = (deliveryId: string) =>
  smtp.inbox.find((mail) => mail.data.includes(`<${deliveryId}@veridesk>`));
/** Resolves once no delivery of this file's agencies is waiting or being sent. */
const settled = () =>
  eventually(
    async () =>
      (
        await sql(
          `SELECT count(*)::int AS n FROM deliveries WHERE status IN ('PENDING', 'SENDING') AND agency_id = ANY($1)`,
          [[owner.agencyId, other.agencyId]],
        )
      ).rows[0].n === 0,
  );
const digestRow = async (userId: string, date: string) =>
  (
    await sql(`SELECT id, status, attempts FROM deliveries WHERE dedupe_key = $1`, [
      `digest:${userId}:${date}`,
    ])
  ).rows[0];

beforeAll(async () => {
  const smtpUrl = await smtp.start();
  // The API and the worker share their secrets, as in production (the unsubscribe link is signed).
  const overrides = {
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: smtpUrl,
    MAIL_RETRY_DELAY_MS: '50',
    AUTH_SECRET: randomBytes(32).toString('hex'),
  };
  api = await startTestApi(overrides);
  worker = await NestFactory.createApplicationContext(
    WorkerModule.register(testConfig(overrides), { clock }),
    { logger: false },
  );
  await worker.init();
  scheduler = worker.get(NotificationScheduler);

  clock.set('2026-12-01T00:30:00.000Z'); // 08:30 in Shanghai, 07:30 in Bangkok
  api.clock.set('2026-12-01T00:30:00.000Z');
  owner = await signUpAgency(api); // Asia/Shanghai
  bangkok = await addMember(api, owner.token, 'ADMIN');
  await api.gql(
    `mutation { updateProfile(input: { timeZone: "Asia/Bangkok" }) { timeZone } }`,
    {},
    { as: bangkok.token },
  );
  // Something to say: a case due in 40 h, a slot tomorrow 10:00 Bangkok time.
  const portfolio = await createPortfolio(api, owner.token, {
    uscc: USCC[0],
    sites: ['TH'],
    licenseExpiresOn: null,
  });
  const opened = ok(
    await api.gql(
      OPEN_CASE,
      {
        input: {
          sellerEntityId: portfolio.entityId,
          representativeId: portfolio.representativeId,
          site: 'TH',
          trigger: 'OTHER',
          noticeReceivedAt: '2026-11-30T16:00:00.000Z',
        },
      },
      { as: owner.token },
    ),
    'openVerificationCase',
  );
  await api.gql(
    `mutation S($id: ID!) { scheduleAppointment(input: { caseId: $id, startsAt: "2026-12-02T03:00:00.000Z" }) { id } }`,
    { id: opened.id },
    { as: owner.token },
  );
  // Another agency, with its own due digest, to prove nothing crosses over.
  other = await signUpAgency(api, '别家机构');
  await createPortfolio(api, other.token, {
    uscc: USCC[1],
    sites: ['MY'],
    licenseExpiresOn: '2026-12-15',
  });
}, 60_000);

afterAll(async () => {
  await worker.get<Queue>(getQueueToken(QueueName.Notifications)).obliterate({ force: true });
  await worker.close();
  await api.close();
  await smtp.stop();
});

describe('morning digests', () => {
  it('sends at 08:00 in each reader’s own zone: Shanghai first, Bangkok an hour later', async () => {
    const first = await scheduler.tick([owner.agencyId, other.agencyId]);
    expect(first.digests).toBeGreaterThanOrEqual(1);
    await settled();
    const shanghai = await digestRow(owner.userId, '2026-12-01');
    expect(shanghai.status).toBe('SENT');
    expect(mailOf(shanghai.id)!.to).toEqual([owner.email]);
    expect(await digestRow(bangkok.userId, '2026-12-01')).toBeUndefined();

    clock.set('2026-12-01T01:05:00.000Z'); // 08:05 Bangkok
    await scheduler.tick([owner.agencyId, other.agencyId]);
    await settled();
    const bangkokDigest = await digestRow(bangkok.userId, '2026-12-01');
    expect(bangkokDigest.status).toBe('SENT');
    expect(mailOf(bangkokDigest.id)!.to).toEqual([bangkok.email]);
  });

  it('puts both times of the slot and a working unsubscribe link in the text', async () => {
    const deliveries = await sql(
      `SELECT status, text_body, html_body FROM deliveries WHERE user_id = $1 AND kind = 'DIGEST'`,
      [owner.userId],
    );
    expect(deliveries.rows).toHaveLength(1);
    const [{ status, text_body: text, html_body: html }] = deliveries.rows;
    expect(status).toBe('SENT');
    expect(text).toContain(
      '站点时间 2026-12-02 10:00（Asia/Bangkok）= 您的时间 2026-12-02 11:00（Asia/Shanghai）',
    );
    expect(html).toContain('您的时间 2026-12-02 11:00');
    expect(text).toMatch(/\/unsubscribe\?token=[\w-]+\.[\w-]+/);
  });

  it('sends nothing more on a second tick the same day', async () => {
    // (Other test files add agencies to the shared database meanwhile: look at this agency's readers.)
    await settled();
    const ours = async () =>
      (
        await sql(`SELECT count(*)::int AS n FROM deliveries WHERE user_id = ANY($1)`, [
          [owner.userId, bangkok.userId],
        ])
      ).rows[0].n;
    const rowsBefore = await ours();
    const mailBefore = smtp.to(owner.email).length + smtp.to(bangkok.email).length;
    await scheduler.tick([owner.agencyId, other.agencyId]);
    await settled();
    expect(await ours()).toBe(rowsBefore);
    expect(smtp.to(owner.email).length + smtp.to(bangkok.email).length).toBe(mailBefore);
  });

  it('never puts another agency’s records in a message', async () => {
    for (const mail of smtp.to(owner.email).concat(smtp.to(bangkok.email))) {
      expect(mail.data).not.toContain('别家机构');
    }
    const theirs = await sql(`SELECT text_body FROM deliveries WHERE user_id = $1`, [other.userId]);
    for (const row of theirs.rows) expect(row.text_body ?? '').not.toContain('Haituo TH');
  });

  it('retries through an SMTP outage and delivers exactly once when the server is back', async () => {
    clock.set('2026-12-02T00:30:00.000Z'); // the next morning in Shanghai
    await settled();
    // The tick covers this file's agencies: whatever it sends to this SMTP peer after the outage
    // began goes out exactly once, and the three refusals are retried.
    const since = await sql(`SELECT now() AS at`);
    const refusedBefore = smtp.refused;
    smtp.failNext(3);
    await scheduler.tick([owner.agencyId, other.agencyId]);
    const sent = async () =>
      (
        await sql(
          `SELECT id, status FROM deliveries WHERE created_at >= $1 AND agency_id = ANY($2)`,
          [since.rows[0].at, [owner.agencyId, other.agencyId]],
        )
      ).rows;
    await eventually(
      async () => (await sent()).every((row) => ['SENT', 'SKIPPED', 'STORED'].includes(row.status)),
      15_000,
    );
    expect(smtp.refused - refusedBefore).toBe(3);
    for (const row of (await sent()).filter((row) => row.status === 'SENT')) {
      expect({
        id: row.id,
        copies: smtp.inbox.filter((mail) => mail.data.includes(`<${row.id}@veridesk>`)).length,
      }).toEqual({
        id: row.id,
        copies: 1,
      });
    }
    const ours = await digestRow(owner.userId, '2026-12-02');
    expect(ours.status).toBe('SENT');
  });

  it('stops the next digest once the unsubscribe link is confirmed, without signing in', async () => {
    const [{ text_body: text }] = (
      await sql(`SELECT text_body FROM deliveries WHERE dedupe_key = $1`, [
        `digest:${owner.userId}:2026-12-02`,
      ])
    ).rows;
    const link = text.match(/https?:\/\/\S+\/unsubscribe\?token=\S+/)![0];
    const local = `${api.url}${new URL(link).pathname}${new URL(link).search}`;
    // Opening the link asks; the page's button posts List-Unsubscribe=One-Click back to it.
    expect(await (await fetch(local)).text()).toContain('退订每日摘要？');
    const response = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('已退订');
    clock.set('2026-12-03T00:30:00.000Z');
    await scheduler.tick([owner.agencyId, other.agencyId]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const next = await sql(`SELECT count(*)::int AS n FROM deliveries WHERE dedupe_key = $1`, [
      `digest:${owner.userId}:2026-12-03`,
    ]);
    expect(next.rows[0].n).toBe(0);
    const forged = await fetch(
      `${api.url}/unsubscribe?token=${link.split('token=')[1].slice(0, -2)}xx`,
    );
    expect(forged.status).toBe(400);
  });
});
