import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bull';
import { ParsedMail, simpleParser } from 'mailparser';
import { WorkerModule } from '../../../src/app.module';
import { QueueName } from '../../../src/engine/queue/queues';
import { NotificationScheduler } from '../../../src/modules/notification/services/notification-scheduler.service';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, OPEN_CASE, ok, USCC } from '../../support/portfolio';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { startTestApi, TestApi, testConfig } from '../../support/test-api';
import { TestClock } from '../../support/test-clock';
import { withAdminClient } from '../../support/test-database';

// Mail as a mailbox provider and a mail client see it: received by a real SMTP server, parsed by a
// real MIME parser. PUBLIC_URL is https, as in production; the tests call the API by path.
const PUBLIC_URL = 'https://veridesk.example.com';
const smtp = new SmtpPeer();
const clock = new TestClock();
const queuePrefix = `test_${randomBytes(4).toString('hex')}`;
let api: TestApi;
let worker: INestApplicationContext;
let scheduler: NotificationScheduler;
let owner: SignedUpAgency;
let english: { token: string; userId: string; email: string };
let entityName: string;

const sql = (text: string, values: unknown[] = []) =>
  withAdminClient((client) => client.query(text, values), process.env.TEST_DATABASE_URL);
const settled = () =>
  eventually(
    async () =>
      (
        await sql(
          `SELECT count(*)::int AS n FROM deliveries WHERE status IN ('PENDING', 'SENDING') AND agency_id = $1`,
          [owner.agencyId],
        )
      ).rows[0].n === 0,
  );
/** The parsed message of this agency's delivery of a kind to a user. */
async function received(userId: string, kind: 'DIGEST' | 'ALERT'): Promise<ParsedMail> {
  const { rows } = await sql(
    `SELECT id FROM deliveries WHERE user_id = $1 AND kind = $2 AND status = 'SENT' ORDER BY created_at LIMIT 1`,
    [userId, kind],
  );
  expect(rows).toHaveLength(1);
  const raw = smtp.inbox.find((mail) => mail.data.includes(`<${rows[0].id}@veridesk>`));
  expect(raw).toBeDefined();
  return simpleParser(raw!.data);
}
/** A header exactly as written on the wire (unfolded), e.g. `List-Unsubscribe: <https://…>`. */
const headerLine = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.replace(/\r?\n[ \t]+/g, ' ');
const unsubscribeUrl = (mail: ParsedMail) =>
  new URL(headerLine(mail, 'List-Unsubscribe')!.match(/^List-Unsubscribe: <([^>]+)>$/)![1]);
/** The List-Unsubscribe URL, called on the test server by path (as the public host would). */
const local = (url: URL) => `${api.url}${url.pathname}${url.search}`;
const digestEnabled = async (token: string) =>
  ok(
    await api.gql(`{ notificationPreferences { digestEnabled } }`, {}, { as: token }),
    'notificationPreferences',
  ).digestEnabled as boolean;
const unsubscribeEvents = async (userId: string) =>
  (
    await sql(
      `SELECT a.actor, a.changes FROM audit_events a JOIN memberships m ON m.id::text = a.subject_id::text
        WHERE a.action = 'member.unsubscribeDigest' AND m.user_id = $1`,
      [userId],
    )
  ).rows;

beforeAll(async () => {
  const smtpUrl = await smtp.start();
  const overrides = {
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: smtpUrl,
    MAIL_RETRY_DELAY_MS: '50',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL,
  };
  api = await startTestApi(overrides);
  worker = await NestFactory.createApplicationContext(
    WorkerModule.register(testConfig(overrides), { clock }),
    { logger: false },
  );
  await worker.init();
  scheduler = worker.get(NotificationScheduler);

  clock.set('2026-12-01T00:30:00.000Z'); // 08:30 in Shanghai
  api.clock.set('2026-12-01T00:30:00.000Z');
  owner = await signUpAgency(api); // zh-CN, Asia/Shanghai
  english = await addMember(api, owner.token, 'ADMIN');
  await api.gql(
    `mutation { updateProfile(input: { locale: "en" }) { locale } }`,
    {},
    {
      as: english.token,
    },
  );
  // The test digest of issue 11: a licence expiring in 10 days and the representative's ID card
  // in 19 days — no reminder rung crossed by either, both inside the 30-day window — and, to make
  // the digest worth sending, a case due in 12 h with no slot (also an urgent alert).
  const portfolio = await createPortfolio(api, owner.token, {
    uscc: USCC[2],
    sites: ['TH'],
    licenseExpiresOn: '2026-12-11',
  });
  const entity = ok(
    await api.gql(
      `query E($id: ID!) { sellerEntity(id: $id) { legalName documents { id type } } }`,
      { id: portfolio.entityId },
      { as: owner.token },
    ),
    'sellerEntity',
  );
  entityName = entity.legalName;
  const idCard = entity.documents.find((document: any) => document.type === 'RESIDENT_ID_CARD');
  ok(
    await api.gql(
      `mutation U($id: ID!) { updateDocument(id: $id, input: { expiresOn: "2026-12-20" }) { id } }`,
      { id: idCard.id },
      { as: owner.token },
    ),
    'updateDocument',
  );
  ok(
    await api.gql(
      OPEN_CASE,
      {
        input: {
          sellerEntityId: portfolio.entityId,
          representativeId: portfolio.representativeId,
          site: 'TH',
          trigger: 'OTHER',
          noticeReceivedAt: '2026-11-28T12:30:00.000Z',
        },
      },
      { as: owner.token },
    ),
    'openVerificationCase',
  );
  await scheduler.tick([owner.agencyId]);
  await settled();
}, 60_000);

afterAll(async () => {
  await worker.get<Queue>(getQueueToken(QueueName.Notifications)).obliterate({ force: true });
  await worker.close();
  await api.close();
  await smtp.stop();
});

describe('digest and alert emails, as a mail client parses them', () => {
  it('carry one-click unsubscribe, Auto-Submitted and the reader’s Content-Language', async () => {
    for (const [userId, language] of [
      [owner.userId, 'zh-CN'],
      [english.userId, 'en'],
    ]) {
      for (const kind of ['DIGEST', 'ALERT'] as const) {
        const mail = await received(userId, kind);
        const url = unsubscribeUrl(mail);
        expect({ kind, origin: url.origin, path: url.pathname }).toEqual({
          kind,
          origin: PUBLIC_URL,
          path: '/unsubscribe',
        });
        expect(url.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+$/);
        expect(headerLine(mail, 'List-Unsubscribe-Post')).toBe(
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        );
        expect(headerLine(mail, 'Auto-Submitted')).toBe('Auto-Submitted: auto-generated');
        expect(headerLine(mail, 'Content-Language')).toBe(`Content-Language: ${language}`);
      }
    }
    const alert = await received(owner.userId, 'ALERT');
    expect(alert.subject).toMatch(/^【VeriDesk 紧急】/);
  });

  it('names every expiring document, and counts in the subject what the sections list', async () => {
    const mail = await received(owner.userId, 'DIGEST');
    const text = mail.text!;
    expect(text).toContain(
      `- ${entityName} · 营业执照\n  2026-12-11 到期（10 天后），影响店铺：Haituo TH (TH)`,
    );
    expect(text).toContain(`- ${entityName} · 法人身份证\n  2026-12-20 到期（19 天后）`);
    expect(text).not.toContain('另有');
    expect(mail.html).toContain(`${entityName} · 营业执照`);
    expect(mail.html).toContain(`${entityName} · 法人身份证`);
    // Each section's heading count is the number of items under it, and the subject says the same.
    const sections = [...text.matchAll(/== (.+) \((\d+)\) ==\n((?:(?!==).*\n)*)/g)].map(
      ([, title, count, body]) => ({
        title,
        count: Number(count),
        items: body.split('\n').filter((line) => line.startsWith('- ')).length,
      }),
    );
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(section.count).toBe(section.items);
    expect(sections.find((section) => section.title === '已过期或即将到期的证照')?.items).toBe(2);
    expect(mail.subject).toBe(
      'VeriDesk 每日摘要 2026-12-01：1 个认证截止，2 份证照到期，1 家店铺受限',
    );
  });

  it('only asks on GET: a link scanner that opens the URL unsubscribes no one', async () => {
    const url = unsubscribeUrl(await received(owner.userId, 'DIGEST'));
    const page = await fetch(local(url));
    expect(await digestEnabled(owner.token)).toBe(true);
    expect(await unsubscribeEvents(owner.userId)).toEqual([]);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('退订每日摘要？');
    expect(html).toMatch(/<form method="post">/);
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"');
    // The confirmation page must be allowed to post its own form.
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
  });

  it('refuses a forged token or a POST without List-Unsubscribe=One-Click, changing nothing', async () => {
    const url = unsubscribeUrl(await received(owner.userId, 'DIGEST'));
    const token = url.searchParams.get('token')!;
    const forged = new URL(url);
    forged.searchParams.set('token', `${token.slice(0, -2)}xx`);
    const oneClick = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(
      (
        await fetch(local(forged), {
          method: 'POST',
          headers: oneClick,
          body: 'List-Unsubscribe=One-Click',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await fetch(local(url), {
          method: 'POST',
          headers: oneClick,
          body: 'List-Unsubscribe=Maybe',
        })
      ).status,
    ).toBe(400);
    expect(await digestEnabled(owner.token)).toBe(true);
  });

  it('turns the digest off on a one-click POST, without signing in, once and audited', async () => {
    const url = unsubscribeUrl(await received(owner.userId, 'DIGEST'));
    const post = () =>
      fetch(local(url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const first = await post();
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('已退订每日摘要');
    expect(await digestEnabled(owner.token)).toBe(false);
    expect((await post()).status).toBe(200); // a provider retrying is harmless
    const events = await unsubscribeEvents(owner.userId);
    expect(events).toEqual([{ actor: 'unsubscribe-link', changes: { digestEnabled: false } }]);
    expect(JSON.stringify(events)).not.toContain(url.searchParams.get('token'));

    clock.set('2026-12-02T00:30:00.000Z');
    await scheduler.tick([owner.agencyId]);
    await settled();
    const next = await sql(`SELECT count(*)::int AS n FROM deliveries WHERE dedupe_key = $1`, [
      `digest:${owner.userId}:2026-12-02`,
    ]);
    expect(next.rows[0].n).toBe(0);
  });

  it('accepts the one-click POST as multipart/form-data too (RFC 8058)', async () => {
    const url = unsubscribeUrl(await received(english.userId, 'DIGEST'));
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const response = await fetch(local(url), { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Unsubscribed from the daily digest');
    expect(await digestEnabled(english.token)).toBe(false);
  });
});
