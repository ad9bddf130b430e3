// Channel events (RULES.md "Channels"): what happens in an agency reaches every enabled channel
// subscribed to it and in its scope exactly once, through the worker (its own bull queue, in this
// process), within each platform's limit — events beyond it merged, none dropped —, retried with
// backoff under one webhook-id, and a channel failing 10 times in a row is disabled with an email
// to the OWNERs and ADMINs. The receivers check signatures and limits as the platforms do.
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { CHANNEL_EVENTS } from '../../../src/modules/channel/adapters';
import { buildChannelMessage } from '../../../src/modules/channel/messages';
import { caseClient } from '../../support/cases';
import {
  ChannelReceiver,
  connectWebhook,
  startDingTalkReceiver,
  startFeishuReceiver,
} from '@veridesk/testing';
import { sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, ok } from '../../support/portfolio';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { startTestApi, TestApi } from '../../support/test-api';
import { startTestWorker, TestWorker } from '../../support/test-worker';

const CREATE = `mutation C($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) { signingSecret channel { id } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateNotificationChannelInput!) {
  updateNotificationChannel(id: $id, input: $input) { id enabled consecutiveFailures } }`;
const REDELIVER = `mutation R($id: ID!) { redeliverChannelDelivery(id: $id) { id status attempts payload } }`;
/** Every event but the morning summary. */
const ALL_EVENTS = CHANNEL_EVENTS.filter((event) => event !== 'DAILY_DIGEST');

const smtp = new SmtpPeer();
const receivers: ChannelReceiver[] = [];
let api: TestApi;
let worker: TestWorker;

beforeAll(async () => {
  const shared = {
    QUEUE_PREFIX: `chev_${randomBytes(4).toString('hex')}`,
    SMTP_URL: await smtp.start(),
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    // Fast retries: 20, 40, 80 … ms, 8 attempts in about 2.5 s.
    CHANNEL_RETRY_DELAY_MS: '20',
    CHANNEL_LEASE_MS: '5000',
    MAIL_RETRY_DELAY_MS: '50',
  };
  api = await startTestApi(shared);
  worker = await startTestWorker(shared);
});

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await worker?.close();
  await api?.close();
  await smtp.stop();
});

afterEach(() => worker?.clock.reset());

async function receiver<T extends ChannelReceiver>(started: Promise<T>): Promise<T> {
  const value = await started;
  receivers.push(value);
  return value;
}

/** One pass of the worker's tick, for this agency only (other test files' agencies are left alone). */
function collect(agency: SignedUpAgency) {
  return worker.collectChannelEvents(agency.agencyId);
}

async function createChannel(agency: SignedUpAgency, input: Record<string, unknown>, as?: string) {
  return ok(
    await api.gql(
      CREATE,
      { input: { name: '运营群', events: ALL_EVENTS, ...input } },
      { as: as ?? agency.token },
    ),
    'createNotificationChannel',
  ) as { signingSecret: string | null; channel: { id: string } };
}

async function webhookChannel(agency: SignedUpAgency, input: Record<string, unknown> = {}) {
  const { channelId, hook } = await connectWebhook(api, agency.token, {
    events: ALL_EVENTS,
    ...input,
  });
  receivers.push(hook);
  return { id: channelId, hook };
}

const deliveries = (channelId: string) =>
  sql(
    `SELECT id, event, event_key, status, attempts, merged_into_id, payload, last_error FROM channel_deliveries
      WHERE channel_id = $1 ORDER BY created_at, id`,
    [channelId],
  );

const types = (hook: ChannelReceiver) => hook.acceptedBodies().map((body) => body.type as string);

/** The opening of a case a little while ago, on `site`, for a new entity. */
async function openCase(agency: SignedUpAgency, site = 'TH') {
  const portfolio = await createPortfolio(api, agency.token, { sites: [site] });
  const cases = caseClient(api, agency.token);
  const opened = await cases.open({
    sellerEntityId: portfolio.entityId,
    representativeId: portfolio.representativeId,
    site,
    trigger: 'CATEGORY_CHANGE',
    noticeReceivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  return { portfolio, cases, caseId: opened.id as string };
}

describe('events become deliveries', () => {
  let agency: SignedUpAgency;

  beforeAll(async () => {
    agency = await signUpAgency(api, '渠道事件服务商');
  });

  it('sends each thing that happens once to a subscribed channel, as a signed typed event and a Chinese card', async () => {
    const { id: webhookId, hook } = await webhookChannel(agency);
    const robot = await receiver(startDingTalkReceiver({ secret: 'SECevents' }));
    const dingtalk = await createChannel(agency, {
      kind: 'DINGTALK',
      url: robot.url,
      secret: 'SECevents',
    });

    const { portfolio, cases, caseId } = await openCase(agency, 'TH');
    // Tomorrow 10:00 in Bangkok: inside the deadline, in the site's morning window.
    const slot = DateTime.now().setZone('Asia/Bangkok').plus({ days: 1 }).set({
      hour: 10,
      minute: 0,
      second: 0,
      millisecond: 0,
    });
    await cases.schedule(caseId, slot.toUTC().toISO()!);
    // Opening the case holds its store (store.restricted); the slot is booked.
    expect((await collect(agency)).created).toBe(6); // three events, two channels
    await eventually(() => hook.accepted.length === 3 && robot.accepted.length === 3);
    expect(types(hook).sort()).toEqual(['appointment.booked', 'case.opened', 'store.restricted']);
    const booked = hook.acceptedBodies().find((body) => body.type === 'appointment.booked')!;
    expect(booked.data).toMatchObject({
      caseId,
      entityId: portfolio.entityId,
      site: 'TH',
      startsAt: slot.toUTC().toISO({ suppressMilliseconds: false }),
      siteTimeZone: 'Asia/Bangkok',
    });
    // Each delivery's id is its webhook-id; the card names the entity, both clocks and the link.
    const rows = await deliveries(webhookId);
    expect(hook.accepted.map((request) => request.headers['webhook-id']).sort()).toEqual(
      rows.map((row) => row.id).sort(),
    );
    const cards = robot.acceptedBodies().map((body: any) => body.markdown.text as string);
    const bookedCard = cards.find((text) => text.includes('已预约'))!;
    expect(bookedCard).toContain('深圳市海拓电子商务有限公司');
    expect(bookedCard).toContain(
      `${slot.toFormat('yyyy-MM-dd')} 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)`,
    );
    expect(bookedCard).toContain(`/cases/${caseId}`);
    expect(JSON.stringify(robot.acceptedBodies())).not.toMatch(/11010519491231002X|138 0013 8000/);

    await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      failureReasons: ['DOCUMENT_BLURRY'],
    });
    await collect(agency);
    await eventually(() => types(hook).includes('attempt.failed'));
    const failed = hook.acceptedBodies().find((body) => body.type === 'attempt.failed')!;
    expect(failed.data).toMatchObject({ caseId, outcome: 'FAILED', reasons: ['DOCUMENT_BLURRY'] });

    // Ticks again, and once more after a pass: only the new events go out.
    const passed = await openCase(agency, 'MY');
    await passed.cases.attempt({
      caseId: passed.caseId,
      outcome: 'PASSED',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await collect(agency);
    await eventually(() => types(hook).filter((type) => type === 'case.passed').length === 1);
    await eventually(() => types(hook).filter((type) => type === 'case.opened').length === 2);
    await collect(agency);
    await collect(agency);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Exactly once: as many messages as deliveries, each sent on its first attempt.
    const webhookRows = await deliveries(webhookId);
    const robotRows = await deliveries(dingtalk.channel.id);
    expect(hook.requests).toHaveLength(webhookRows.length);
    expect(new Set(hook.requests.map((request) => request.headers['webhook-id'])).size).toBe(
      webhookRows.length,
    );
    expect(robot.requests).toHaveLength(robotRows.length);
    expect(robotRows.map((row) => row.event_key).sort()).toEqual(
      webhookRows.map((row) => row.event_key).sort(),
    );
    expect(
      [...webhookRows, ...robotRows].every((row) => row.status === 'SENT' && row.attempts === 1),
    ).toBe(true);
  });
});

describe('who hears of what', () => {
  it('goes only to enabled channels subscribed to the event, in their scope, from their creation on', async () => {
    const agency = await signUpAgency(api, '渠道范围服务商');
    const manager = await addMember(api, agency.token, 'MANAGER');
    const [{ id: managerMemberId }] = await sql(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`,
      [manager.email],
    );
    const opened = { events: ['CASE_OPENED'] };
    const everything = await webhookChannel(agency, opened);
    const mine = await webhookChannel(agency, { ...opened, managerId: managerMemberId });
    const onlyFailures = await webhookChannel(agency, { events: ['ATTEMPT_FAILED'] });
    const off = await webhookChannel(agency, opened);
    ok(
      await api.gql(UPDATE, { id: off.id, input: { enabled: false } }, { as: agency.token }),
      'updateNotificationChannel',
    );

    const managed = await openCase(agency, 'PH');
    await sql(`UPDATE seller_entities SET manager_id = $1 WHERE id = $2`, [
      managerMemberId,
      managed.portfolio.entityId,
    ]);
    await openCase(agency, 'VN');
    const later = await webhookChannel(agency, opened);

    await collect(agency);
    await eventually(
      () => everything.hook.accepted.length === 2 && mine.hook.accepted.length === 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mine.hook.acceptedBodies().map((body: any) => body.data.caseId)).toEqual([
      managed.caseId,
    ]);
    expect(onlyFailures.hook.requests).toHaveLength(0);
    expect(off.hook.requests).toHaveLength(0);
    // Connected after the cases opened: not told of them.
    expect(later.hook.requests).toHaveLength(0);
  });
});

describe('platform limits', () => {
  /** `count` events waiting for one channel at once, each a case opened for another entity. */
  async function burst(agency: SignedUpAgency, channelId: string, count: number) {
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      const name = `突发测试主体${String(n).padStart(2, '0')}号有限公司`;
      names.push(name);
      const message = buildChannelMessage(
        {
          event: 'CASE_OPENED',
          caseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
          entityId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
          entityName: name,
          site: 'MY',
          deadlineAt: new Date(Date.now() + 48 * 3_600_000),
        },
        { locale: 'zh-CN', publicUrl: api.config.PUBLIC_URL, now: new Date() },
      );
      await sql(
        `INSERT INTO channel_deliveries (agency_id, channel_id, event, event_key, status, payload, message, next_attempt_at)
         VALUES ($1, $2, 'CASE_OPENED', $3, 'PENDING', '', $4, now())`,
        [agency.agencyId, channelId, `burst:${n}`, JSON.stringify(message)],
      );
    }
    await collect(agency);
    return names;
  }

  const perWindow = (robot: ChannelReceiver, windowMs: number) => {
    const times = robot.requests.map((request) => request.receivedAt.getTime());
    return Math.max(
      ...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length),
    );
  };

  it('never sends a DingTalk robot more than 20 a minute: a burst of 30 goes out as 19 + one merged message of 11', async () => {
    const agency = await signUpAgency(api, '钉钉限流服务商');
    const robot = await receiver(startDingTalkReceiver({ secret: 'SECburst' })).then((r) =>
      r.limitRate({ perMinute: 20 }),
    );
    const { channel } = await createChannel(agency, {
      kind: 'DINGTALK',
      url: robot.url,
      secret: 'SECburst',
    });
    const names = await burst(agency, channel.id, 30);
    await eventually(async () =>
      (await deliveries(channel.id)).every((row) => row.status === 'SENT'),
    );
    expect(robot.requests).toHaveLength(20);
    expect(robot.accepted).toHaveLength(20);
    expect(perWindow(robot, 60_000)).toBeLessThanOrEqual(20);
    const text = robot
      .acceptedBodies()
      .map((body: any) => body.markdown.text as string)
      .join('\n');
    for (const name of names) expect(text).toContain(name);
    const merged = robot.acceptedBodies().at(-1) as any;
    expect(merged.markdown.title).toContain('11 条通知');
    const rows = await deliveries(channel.id);
    expect(rows.filter((row) => row.merged_into_id)).toHaveLength(10);
    // The events merged carry the exact body that went out.
    const carrier = rows.find((row) => rows.some((other) => other.merged_into_id === row.id))!;
    expect(
      rows.filter((row) => row.merged_into_id).every((row) => row.payload === carrier.payload),
    ).toBe(true);
  });

  it('keeps a Feishu robot within 5 a second: 30 events arrive as 4 single cards and one merged card', async () => {
    const agency = await signUpAgency(api, '飞书限流服务商');
    const robot = await receiver(startFeishuReceiver({ secret: 'feishu-burst' })).then((r) =>
      r.limitRate({ perMinute: 100, perSecond: 5 }),
    );
    const { channel } = await createChannel(agency, {
      kind: 'FEISHU',
      url: robot.url,
      secret: 'feishu-burst',
    });
    const names = await burst(agency, channel.id, 30);
    await eventually(async () =>
      (await deliveries(channel.id)).every((row) => row.status === 'SENT'),
    );
    expect(robot.requests.every((request) => request.accepted)).toBe(true);
    expect(robot.requests).toHaveLength(5);
    expect(perWindow(robot, 1_000)).toBeLessThanOrEqual(5);
    const text = robot.requests.map((request) => request.body).join('\n');
    for (const name of names) expect(text).toContain(name);
  });
});

describe('retries and health', () => {
  it('retries a 503 with backoff under the same webhook-id until the endpoint takes it', async () => {
    const agency = await signUpAgency(api, '重试服务商');
    const { id, hook } = await webhookChannel(agency, { events: ['CASE_OPENED'] });
    hook.failNext(3, 'HTTP_503');
    await openCase(agency, 'SG');
    await collect(agency);
    // The endpoint has its answer before the worker records it: wait for the record.
    await eventually(async () => (await deliveries(id))[0]?.status === 'SENT', 15_000);
    expect(hook.accepted).toHaveLength(1);
    expect(hook.requests).toHaveLength(4);
    expect(new Set(hook.requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    const gaps = hook.requests
      .slice(1)
      .map((request, n) => request.receivedAt.getTime() - hook.requests[n].receivedAt.getTime());
    // 20, 40, 80 ms at least: each wait twice the one before.
    expect(gaps[0]).toBeGreaterThanOrEqual(20);
    expect(gaps[1]).toBeGreaterThanOrEqual(40);
    expect(gaps[2]).toBeGreaterThanOrEqual(80);
    const [row] = await deliveries(id);
    expect(row).toMatchObject({ status: 'SENT', attempts: 4, last_error: null });
  });

  it('gives a delivery up after 8 attempts, disables the channel at 10 failures in a row and emails the OWNERs and ADMINs', async () => {
    const agency = await signUpAgency(api, '停用渠道服务商');
    const admin = await addMember(api, agency.token, 'ADMIN');
    const viewer = await addMember(api, agency.token, 'VIEWER');
    const { id, hook } = await webhookChannel(agency, { events: ['CASE_OPENED'] });
    hook.failNext(100, 'HTTP_503');
    await openCase(agency, 'ID');
    await collect(agency);
    await eventually(async () => (await deliveries(id))[0]?.status === 'FAILED', 20_000);
    expect(hook.requests).toHaveLength(8);
    expect((await deliveries(id))[0]).toMatchObject({ attempts: 8 });
    expect((await deliveries(id))[0].last_error).toContain('503');

    await openCase(agency, 'MY');
    await collect(agency);
    await eventually(async () => {
      const [channel] = await sql(`SELECT enabled FROM notification_channels WHERE id = $1`, [id]);
      return channel.enabled === false;
    }, 20_000);
    expect(hook.requests).toHaveLength(10);
    const [channel] = await sql(
      `SELECT consecutive_failures, disabled_reason FROM notification_channels WHERE id = $1`,
      [id],
    );
    expect(channel.consecutive_failures).toBe(10);
    expect(channel.disabled_reason).toContain('10 failed attempts');
    // No tick of the email alerts runs here: whatever reaches these people is the notice.
    const to = (email: string) => smtp.inbox.filter((mail) => mail.to.includes(email));
    await eventually(() => to(agency.email).length === 1 && to(admin.email).length === 1, 15_000);
    expect(to(viewer.email)).toHaveLength(0);

    // Disabled: nothing more goes out; enabled again, the count starts afresh and the wait ends.
    hook.failNext(0);
    const enabled = ok(
      await api.gql(UPDATE, { id, input: { enabled: true } }, { as: agency.token }),
      'updateNotificationChannel',
    );
    expect(enabled).toMatchObject({ enabled: true, consecutiveFailures: 0 });
  });

  it('redelivers an event that went out merged by sending its merged message again', async () => {
    const agency = await signUpAgency(api, '重投服务商');
    const robot = await receiver(startDingTalkReceiver({ secret: 'SECredo' }));
    const { channel } = await createChannel(agency, {
      kind: 'DINGTALK',
      url: robot.url,
      secret: 'SECredo',
      events: ['CASE_OPENED'],
    });
    // A full window: 19 recent sends, so three events share the one free message.
    await sql(
      `UPDATE notification_channels SET recent_sends = array(SELECT now() - interval '5 seconds' FROM generate_series(1, 19)) WHERE id = $1`,
      [channel.id],
    );
    for (const site of ['MY', 'TH', 'VN']) await openCase(agency, site);
    await collect(agency);
    await eventually(() => robot.accepted.length === 1);
    const rows = await deliveries(channel.id);
    const member = rows.find((row) => row.merged_into_id)!;
    await sql(`UPDATE notification_channels SET recent_sends = '{}' WHERE id = $1`, [channel.id]);
    const again = ok(
      await api.gql(REDELIVER, { id: member.id }, { as: agency.token }),
      'redeliverChannelDelivery',
    );
    expect(again.status).toBe('SENT');
    expect(robot.accepted).toHaveLength(2);
    expect(robot.accepted[1].body).toContain('3 条通知');
  });
});

describe('the morning summary and retention', () => {
  it('posts DAILY_DIGEST once at 08:00 agency time, only when there is something to say', async () => {
    const busy = await signUpAgency(api, '晨报服务商');
    const quiet = await signUpAgency(api, '安静服务商');
    await openCase(busy, 'TH');
    const busyHook = await webhookChannel(busy, { events: ['DAILY_DIGEST'] });
    const quietHook = await webhookChannel(quiet, { events: ['DAILY_DIGEST'] });
    const tomorrow = DateTime.now().setZone('Asia/Shanghai').plus({ days: 1 }).startOf('day');

    worker.clock.set(tomorrow.set({ hour: 7, minute: 59, second: 30 }).toJSDate());
    await collect(busy);
    await collect(quiet);
    worker.clock.set(tomorrow.set({ hour: 8, minute: 0, second: 5 }).toJSDate());
    await collect(busy);
    await collect(quiet);
    await collect(busy);
    await eventually(() => busyHook.hook.accepted.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(busyHook.hook.accepted).toHaveLength(1);
    const [digest] = busyHook.hook.acceptedBodies() as any[];
    expect(digest.type).toBe('digest.daily');
    expect(digest.data.date).toBe(tomorrow.toISODate());
    expect(digest.data.counts.deadlines).toBe(1);
    expect(quietHook.hook.requests).toHaveLength(0);
  });

  it('keeps deliveries 30 days', async () => {
    const agency = await signUpAgency(api, '保留期服务商');
    const { id } = await webhookChannel(agency, { events: ['CASE_PASSED'] });
    for (const [key, days] of [
      ['old', 31],
      ['recent', 29],
    ] as const)
      await sql(
        `INSERT INTO channel_deliveries (agency_id, channel_id, event, event_key, status, payload, message, created_at)
         VALUES ($1, $2, 'CASE_PASSED', $3, 'SENT', '{}', '{}', now() - make_interval(days => $4))`,
        [agency.agencyId, id, key, days],
      );
    await collect(agency);
    expect((await deliveries(id)).map((row) => row.event_key)).toEqual(['recent']);
  });
});
