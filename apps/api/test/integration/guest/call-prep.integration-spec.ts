// Call-prep links (RULES.md "Guest links"): the legal representative, with no account, opens the
// case's page from a secret link, ticks the case's own checklist and answers "ready" or "needs
// another slot". Tokens of ≥ 128 bits live only in the URL (the database keeps their SHA-256);
// unknown, expired and revoked ones answer NOT_FOUND, and an address past 30 such answers in 15
// minutes RATE_LIMITED. A "not ready" answer reaches the case's manager by email and the channels
// subscribed to CASE_DUE_SOON (the worker's ticks, run here in-process).
import { createHash, randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';
import { NotificationScheduler } from '../../../src/modules/notification/services/notification-scheduler.service';
import { caseClient } from '../../support/cases';
import { ChannelReceiver, startWebhookReceiver } from '@veridesk/testing';
import { sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, ok, RESIDENT_IDS } from '../../support/portfolio';
import { eventually, ReceivedMail, SmtpPeer } from '../../support/smtp-peer';
import { startTestWorker, TestWorker } from '../../support/test-worker';
import { startTestApi, TestApi, uniqueAddress } from '../../support/test-api';

const PUBLIC_URL = 'https://veridesk.example.com';
const PHONE_DIGITS = ['13800138000', '138 0013 8000', '0013 8000'];

const CREATE = `mutation C($caseId: ID!) { createCallPrepLink(caseId: $caseId) {
  id url expiresAt createdAt revokedAt lastOpenedAt ready answerNote answeredAt } }`;
const REVOKE = `mutation R($id: ID!) { revokeCallPrepLink(id: $id) { id url revokedAt } }`;
const PAGE_FIELDS = `agencyName sellerEntityName representativeName site status deadlineAt
  appointment { id startsAt site siteTimeZone startsAtSiteLocal startsAtAgencyLocal }
  blockers warnings checklist { key label done } documents { type expiresOn status } managerName ready`;
const PAGE = `query P($token: String!) { callPrep(token: $token) { ${PAGE_FIELDS} } }`;
const TICK = `mutation T($token: String!, $key: String!, $done: Boolean!) {
  tickCallPrepItem(token: $token, key: $key, done: $done) { ${PAGE_FIELDS} } }`;
const ANSWER = `mutation A($token: String!, $ready: Boolean!, $note: String) {
  answerCallPrep(token: $token, ready: $ready, note: $note) { ${PAGE_FIELDS} } }`;
const CASE_LINK = `query Q($id: ID!) { verificationCase(id: $id) {
  checklist { key done }
  callPrepLink { id url expiresAt createdAt revokedAt lastOpenedAt ready answerNote answeredAt } } }`;

const smtp = new SmtpPeer();
const receivers: ChannelReceiver[] = [];
let api: TestApi;
let worker: TestWorker;

beforeAll(async () => {
  const shared = {
    QUEUE_PREFIX: `cprep_${randomBytes(4).toString('hex')}`,
    SMTP_URL: await smtp.start(),
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    MAIL_RETRY_DELAY_MS: '50',
    CHANNEL_RETRY_DELAY_MS: '20',
    PUBLIC_URL,
  };
  api = await startTestApi(shared);
  worker = await startTestWorker(shared);
}, 60_000);

afterEach(() => api.clock.reset());

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await worker?.close();
  await api?.close();
  await smtp.stop();
});

/** A guest on a phone: no credentials, its own address (the failure budget is per address). */
function guest(address = uniqueAddress()) {
  const call = (query: string, variables: Record<string, unknown>) =>
    api.gql(query, variables, { headers: { 'x-forwarded-for': address } });
  return {
    address,
    page: (token: string) => call(PAGE, { token }),
    tick: (token: string, key: string, done = true) => call(TICK, { token, key, done }),
    answer: (token: string, ready: boolean, note?: string) => call(ANSWER, { token, ready, note }),
  };
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  result.errors?.[0]?.extensions?.code;
const today = () => DateTime.now().setZone('Asia/Shanghai');

type Setup = {
  agency: SignedUpAgency;
  manager: { token: string; userId: string; email: string; memberId: string };
  entityId: string;
  caseId: string;
  deadlineAt: string;
  legalName: string;
};

/**
 * An agency whose entity (licence expiring in 10 days: a blocker) is managed by a MANAGER, with a
 * case opened an hour ago on TH and a slot tomorrow 10:00 in Bangkok.
 */
async function setUp(agencyName: string, legalName: string): Promise<Setup> {
  const agency = await signUpAgency(api, agencyName);
  const manager = await addMember(api, agency.token, 'MANAGER');
  const members = ok(
    await api.gql(`{ members { id user { id } } }`, {}, { as: agency.token }),
    'members',
  );
  const memberId = members.find((member: any) => member.user.id === manager.userId).id;
  const portfolio = await createPortfolio(api, agency.token, {
    sites: ['TH'],
    licenseExpiresOn: today().plus({ days: 10 }).toISODate(),
  });
  ok(
    await api.gql(
      `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
      { id: portfolio.entityId, input: { managerId: memberId, legalName } },
      { as: agency.token },
    ),
    'updateSellerEntity',
  );
  const cases = caseClient(api, agency.token);
  const opened = await cases.open({
    sellerEntityId: portfolio.entityId,
    representativeId: portfolio.representativeId,
    site: 'TH',
    trigger: 'OTHER',
    noticeReceivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  const slot = DateTime.now()
    .setZone('Asia/Bangkok')
    .plus({ days: 1 })
    .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  await cases.schedule(opened.id, slot.toUTC().toISO()!);
  return {
    agency,
    manager: { ...manager, memberId },
    entityId: portfolio.entityId,
    caseId: opened.id,
    deadlineAt: opened.deadlineAt,
    legalName,
  };
}

async function createLink(caseId: string, token: string) {
  return ok(await api.gql(CREATE, { caseId }, { as: token }), 'createCallPrepLink');
}

async function caseLink(caseId: string, token: string) {
  return ok(await api.gql(CASE_LINK, { id: caseId }, { as: token }), 'verificationCase');
}

describe('creating, replacing and revoking links (MANAGER and above)', () => {
  let a: Setup;
  beforeAll(async () => {
    a = await setUp('备课链接服务商', '深圳市备课电子商务有限公司');
  });

  it('gives a ≥ 128-bit token as the URL’s last segment, stored only as its SHA-256', async () => {
    const link = await createLink(a.caseId, a.manager.token);
    expect(link.url).toMatch(new RegExp(`^${PUBLIC_URL}/p/[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(link.url);
    // 43 base64url characters: 256 random bits.
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [row] = await sql(
      `SELECT to_jsonb(l) AS row, token_hash FROM call_prep_links l WHERE id = $1`,
      [link.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row.row)).not.toContain(token);
    // Nowhere else in the agency's data either (the audit trail names the link, not its token).
    const leaks = await sql(
      `SELECT count(*)::int AS n FROM audit_events WHERE agency_id = $1 AND changes::text LIKE '%' || $2 || '%'`,
      [a.agency.agencyId, token],
    );
    expect(leaks[0].n).toBe(0);
    // Valid until 7 days after the deadline; the dashboard sees its state, never the URL again.
    expect(new Date(link.expiresAt).getTime()).toBe(
      new Date(a.deadlineAt).getTime() + 7 * 24 * 3_600_000,
    );
    const shown = (await caseLink(a.caseId, a.agency.token)).callPrepLink;
    expect(shown).toMatchObject({ id: link.id, url: '', revokedAt: null, ready: null });
  });

  it('replaces the live link: the old token answers NOT_FOUND at once, one live link per case', async () => {
    const first = await createLink(a.caseId, a.agency.token);
    const phone = guest();
    expect(ok(await phone.page(tokenOf(first.url)), 'callPrep').site).toBe('TH');
    const second = await createLink(a.caseId, a.agency.token);
    expect(codeOf(await phone.page(tokenOf(first.url)))).toBe('NOT_FOUND');
    expect(ok(await phone.page(tokenOf(second.url)), 'callPrep').site).toBe('TH');
    const live = await sql(
      `SELECT id FROM call_prep_links WHERE case_id = $1 AND revoked_at IS NULL`,
      [a.caseId],
    );
    expect(live.map((row) => row.id)).toEqual([second.id]);
    expect((await caseLink(a.caseId, a.agency.token)).callPrepLink.id).toBe(second.id);
  });

  it('revokes a link: its token answers NOT_FOUND, the case shows it revoked', async () => {
    const link = await createLink(a.caseId, a.agency.token);
    const revoked = ok(
      await api.gql(REVOKE, { id: link.id }, { as: a.manager.token }),
      'revokeCallPrepLink',
    );
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.url).toBe('');
    expect(codeOf(await guest().page(tokenOf(link.url)))).toBe('NOT_FOUND');
    expect((await caseLink(a.caseId, a.agency.token)).callPrepLink).toMatchObject({
      id: link.id,
      revokedAt: revoked.revokedAt,
    });
    const events = await sql(
      `SELECT action, actor FROM audit_events WHERE subject_id = $1 ORDER BY at`,
      [link.id],
    );
    expect(events.map((event) => event.action)).toEqual([
      'callPrepLink.create',
      'callPrepLink.revoke',
    ]);
  });

  it('lets a VIEWER neither create nor revoke (FORBIDDEN, nothing written)', async () => {
    const viewer = await addMember(api, a.agency.token, 'VIEWER');
    const live = await createLink(a.caseId, a.agency.token);
    const before = await sql(`SELECT count(*)::int AS n FROM call_prep_links WHERE case_id = $1`, [
      a.caseId,
    ]);
    expect(codeOf(await api.gql(CREATE, { caseId: a.caseId }, { as: viewer.token }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await api.gql(REVOKE, { id: live.id }, { as: viewer.token }))).toBe('FORBIDDEN');
    const after = await sql(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE revoked_at IS NULL)::int AS live FROM call_prep_links WHERE case_id = $1`,
      [a.caseId],
    );
    expect(after[0]).toEqual({ n: before[0].n, live: 1 });
    expect(ok(await guest().page(tokenOf(live.url)), 'callPrep').site).toBe('TH');
  });
});

describe('what the representative sees', () => {
  let a: Setup;
  let token: string;
  let linkId: string;
  beforeAll(async () => {
    a = await setUp('备课页面服务商', '深圳市页面电子商务有限公司');
    const link = await createLink(a.caseId, a.manager.token);
    token = tokenOf(link.url);
    linkId = link.id;
  });

  it('shows the slot in site and Beijing time, the deadline, blockers in plain Chinese, the checklist, documents and the manager — no ID number, no phone', async () => {
    const result = await guest().page(token);
    const page = ok(result, 'callPrep');
    expect(page).toMatchObject({
      agencyName: '备课页面服务商',
      sellerEntityName: '深圳市页面电子商务有限公司',
      representativeName: '张伟',
      site: 'TH',
      status: 'SCHEDULED',
      deadlineAt: a.deadlineAt,
      managerName: '王芳',
      ready: null,
    });
    // 10:00 in Bangkok is 11:00 in Beijing.
    expect(page.appointment.startsAtSiteLocal).toMatch(/T10:00:00\.000\+07:00$/);
    expect(page.appointment.startsAtAgencyLocal).toMatch(/T11:00:00\.000\+08:00$/);
    expect(page.appointment.siteTimeZone).toBe('Asia/Bangkok');
    // The licence expiring in 10 days fails the call: said as what to do and bring.
    const expiry = today().plus({ days: 10 }).toISODate()!;
    expect(page.blockers).toEqual([expect.stringContaining(`营业执照将于 ${expiry} 到期`)]);
    expect(page.blockers[0]).toContain('续期');
    expect(page.warnings).toContainEqual(expect.stringContaining('准备清单还有 10 项未完成'));
    expect(page.checklist).toHaveLength(10);
    expect(page.checklist).toContainEqual({
      key: 'original-id-card',
      label: '法人二代身份证原件（在有效期内）',
      done: false,
    });
    expect(page.checklist).toContainEqual(
      expect.objectContaining({
        key: 'original-business-license',
        label: expect.stringContaining('营业执照正本原件'),
      }),
    );
    expect(page.documents).toEqual(
      expect.arrayContaining([
        { type: 'BUSINESS_LICENSE', expiresOn: expiry, status: 'EXPIRING_SOON' },
        { type: 'RESIDENT_ID_CARD', expiresOn: '2035-01-01', status: 'VALID' },
      ]),
    );
    // Nothing that identifies a person or another record: the whole answer, as sent.
    const text = JSON.stringify(result);
    for (const secret of [RESIDENT_IDS[0], RESIDENT_IDS[0].slice(-4), ...PHONE_DIGITS, 'L-1'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain(a.caseId);
    expect(text).not.toContain(a.entityId);
    expect(text).not.toContain(a.agency.email);
    expect(text).not.toContain(a.manager.email);
    // Opening it is seen by the agency.
    const shown = (await caseLink(a.caseId, a.agency.token)).callPrepLink;
    expect(shown.lastOpenedAt).not.toBeNull();
  });

  it('ticks the case’s own checklist: the dashboard sees it, audited as the guest link', async () => {
    const phone = guest();
    ok(await phone.tick(token, 'original-id-card'), 'tickCallPrepItem');
    const page = ok(await phone.tick(token, 'no-vpn-proxy'), 'tickCallPrepItem');
    expect(
      page.checklist
        .filter((item: any) => item.done)
        .map((item: any) => item.key)
        .sort(),
    ).toEqual(['no-vpn-proxy', 'original-id-card']);
    expect(page.warnings).toContainEqual(expect.stringContaining('准备清单还有 8 项未完成'));
    const seen = await caseLink(a.caseId, a.agency.token);
    expect(
      seen.checklist
        .filter((item: any) => item.done)
        .map((item: any) => item.key)
        .sort(),
    ).toEqual(['no-vpn-proxy', 'original-id-card']);
    const events = await sql(
      `SELECT actor, changes FROM audit_events WHERE action = 'verificationCase.updateChecklist' AND subject_id = $1 ORDER BY at`,
      [a.caseId],
    );
    expect(events).toEqual([
      { actor: `guest:call-prep:${linkId}`, changes: { 'original-id-card': true } },
      { actor: `guest:call-prep:${linkId}`, changes: { 'no-vpn-proxy': true } },
    ]);
    // An unknown item is a field error; nothing changes.
    const bad = await phone.tick(token, 'bring-a-friend');
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'key', code: 'INVALID_FORMAT' }),
    ]);
  });

  it('records "ready" as the guest, shown to the agency', async () => {
    const page = ok(await guest().answer(token, true, '  都准备好了  '), 'answerCallPrep');
    expect(page.ready).toBe(true);
    const shown = (await caseLink(a.caseId, a.agency.token)).callPrepLink;
    expect(shown).toMatchObject({ ready: true, answerNote: '都准备好了' });
    expect(shown.answeredAt).not.toBeNull();
    const [event] = await sql(
      `SELECT actor, changes FROM audit_events WHERE action = 'callPrepLink.answer' AND subject_id = $1`,
      [a.caseId],
    );
    expect(event).toEqual({
      actor: `guest:call-prep:${linkId}`,
      changes: { ready: true, note: '都准备好了', callPrepLinkId: linkId },
    });
  });
});

describe('"needs another slot" reaches the manager', () => {
  let a: Setup;
  let hook: ChannelReceiver;

  beforeAll(async () => {
    a = await setUp('备课改约服务商', '深圳市改约电子商务有限公司');
    // A webhook subscribed to CASE_DUE_SOON only (connected before the answer).
    const created = ok(
      await api.gql(
        `mutation C($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { signingSecret channel { id } } }`,
        {
          input: {
            kind: 'WEBHOOK',
            name: '改约提醒',
            url: 'http://127.0.0.1:9/pending',
            events: ['CASE_DUE_SOON'],
          },
        },
        { as: a.agency.token },
      ),
      'createNotificationChannel',
    );
    hook = await startWebhookReceiver({ secret: created.signingSecret });
    receivers.push(hook);
    ok(
      await api.gql(
        `mutation U($id: ID!, $input: UpdateNotificationChannelInput!) { updateNotificationChannel(id: $id, input: $input) { id } }`,
        { id: created.channel.id, input: { url: hook.url } },
        { as: a.agency.token },
      ),
      'updateNotificationChannel',
    );
  });

  it('by email (the alert path) and through the channel, once, with the note', async () => {
    const link = await createLink(a.caseId, a.manager.token);
    const note = '法人出差，周五前回不来';
    const page = ok(await guest().answer(tokenOf(link.url), false, note), 'answerCallPrep');
    expect(page.ready).toBe(false);
    const answered = (await caseLink(a.caseId, a.agency.token)).callPrepLink;
    expect(answered).toMatchObject({ ready: false, answerNote: note });

    // The email: the worker's tick, to the entity's manager (not the OWNER).
    await worker.app.get(NotificationScheduler).tick([a.agency.agencyId]);
    const mail = await eventually(async (): Promise<ReceivedMail | null> => {
      const rows = await sql(
        `SELECT id FROM deliveries WHERE agency_id = $1 AND kind = 'ALERT' AND status = 'SENT'
           AND dedupe_key LIKE 'alert:call-prep-not-ready:%'`,
        [a.agency.agencyId],
      );
      if (rows.length !== 1) return null;
      return (
        smtp.inbox.find((received) => received.data.includes(`<${rows[0].id}@veridesk>`)) ?? null
      );
    });
    expect(mail!.to).toEqual([a.manager.email]);
    const parsed = await simpleParser(mail!.data);
    expect(parsed.subject).toBe(
      `【VeriDesk 紧急】深圳市改约电子商务有限公司 TH 站点视频认证：法人表示尚未准备好，需要改约`,
    );
    expect(parsed.text).toContain(`法人表示尚未准备好，需要改约：${note}`);
    expect(parsed.text).toContain(`${PUBLIC_URL}/cases/${a.caseId}`);
    expect(smtp.to(a.agency.email).some((received) => received.data.includes('尚未准备好'))).toBe(
      false,
    );

    // The channel: ChannelEvents' tick for this agency, as the worker runs it.
    const collect = () => worker.collectChannelEvents(a.agency.agencyId);
    expect((await collect()).created).toBe(1);
    await eventually(() => hook.accepted.length === 1);
    const [body] = hook.acceptedBodies() as any[];
    expect(body.type).toBe('case.due_soon');
    expect(body.data).toMatchObject({
      caseId: a.caseId,
      entityName: '深圳市改约电子商务有限公司',
      site: 'TH',
      notReady: { note },
    });
    // Once: another tick (and another email tick) finds it delivered.
    expect((await collect()).created).toBe(0);
    await worker.app.get(NotificationScheduler).tick([a.agency.agencyId]);
    const again = await sql(
      `SELECT count(*)::int AS n FROM deliveries WHERE agency_id = $1 AND dedupe_key LIKE 'alert:call-prep-not-ready:%'`,
      [a.agency.agencyId],
    );
    expect(again[0].n).toBe(1);
    const [delivery] = await sql(
      `SELECT event, event_key, message FROM channel_deliveries WHERE agency_id = $1`,
      [a.agency.agencyId],
    );
    expect(delivery.event).toBe('CASE_DUE_SOON');
    expect(delivery.event_key).toBe(
      `call-prep-not-ready:${link.id}:${new Date(answered.answeredAt).getTime()}`,
    );
    expect(delivery.message.markdown).toContain(`法人表示尚未准备好，需要改约：${note}`);
  });
});

describe('tokens that do not open', () => {
  let a: Setup;
  beforeAll(async () => {
    a = await setUp('备课失效服务商', '深圳市失效电子商务有限公司');
  });

  it('answers NOT_FOUND to unknown and malformed tokens, for every guest operation', async () => {
    const phone = guest();
    const unknown = randomBytes(32).toString('base64url');
    for (const token of [unknown, 'not-a-token', ''])
      expect([
        codeOf(await phone.page(token)),
        codeOf(await phone.tick(token, 'no-vpn-proxy')),
        codeOf(await phone.answer(token, false, 'x')),
      ]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('expires 7 days after the deadline (the API clock)', async () => {
    const link = await createLink(a.caseId, a.agency.token);
    const expires = new Date(link.expiresAt).getTime();
    api.clock.set(new Date(expires - 60_000));
    expect(ok(await guest().page(tokenOf(link.url)), 'callPrep').status).toBe('OVERDUE');
    api.clock.set(new Date(expires));
    expect(codeOf(await guest().page(tokenOf(link.url)))).toBe('NOT_FOUND');
    expect(codeOf(await guest().tick(tokenOf(link.url), 'no-vpn-proxy'))).toBe('NOT_FOUND');
    // Past that day a new link would not open either: refused.
    expect(codeOf(await api.gql(CREATE, { caseId: a.caseId }, { as: a.agency.token }))).toBe(
      'CONFLICT',
    );
  });

  it('stops opening once the case is closed', async () => {
    const link = await createLink(a.caseId, a.agency.token);
    expect(ok(await guest().page(tokenOf(link.url)), 'callPrep').status).toBe('SCHEDULED');
    await caseClient(api, a.agency.token).cancel(a.caseId);
    expect(codeOf(await guest().page(tokenOf(link.url)))).toBe('NOT_FOUND');
    expect(codeOf(await guest().answer(tokenOf(link.url), true))).toBe('NOT_FOUND');
  });

  it('answers RATE_LIMITED to an address after 30 failures, even with a good token; others still open', async () => {
    const b = await setUp('备课限流服务商', '深圳市限流电子商务有限公司');
    const good = tokenOf((await createLink(b.caseId, b.agency.token)).url);
    const attacker = guest();
    for (let failure = 1; failure <= 30; failure++)
      expect(codeOf(await attacker.page(randomBytes(32).toString('base64url')))).toBe('NOT_FOUND');
    expect(codeOf(await attacker.page(randomBytes(32).toString('base64url')))).toBe('RATE_LIMITED');
    expect(codeOf(await attacker.page(good))).toBe('RATE_LIMITED');
    expect(codeOf(await attacker.tick(good, 'no-vpn-proxy'))).toBe('RATE_LIMITED');
    expect(ok(await guest().page(good), 'callPrep').site).toBe('TH');
  });
});

describe('agencies apart', () => {
  it("B's token opens B's page only; A's member can neither see nor revoke B's link", async () => {
    const a = await setUp('备课甲服务商', '深圳市甲电子商务有限公司');
    const b = await setUp('备课乙服务商', '深圳市乙电子商务有限公司');
    const linkA = await createLink(a.caseId, a.agency.token);
    const linkB = await createLink(b.caseId, b.agency.token);
    const result = await guest().page(tokenOf(linkB.url));
    expect(ok(result, 'callPrep')).toMatchObject({
      agencyName: '备课乙服务商',
      sellerEntityName: '深圳市乙电子商务有限公司',
    });
    const text = JSON.stringify(result);
    for (const marker of ['备课甲服务商', '深圳市甲电子商务有限公司', a.caseId, linkA.id])
      expect(text).not.toContain(marker);
    // A's member (MANAGER and OWNER) calling B's link id: as if it did not exist.
    for (const token of [a.manager.token, a.agency.token])
      expect(codeOf(await api.gql(REVOKE, { id: linkB.id }, { as: token }))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(CREATE, { caseId: b.caseId }, { as: a.agency.token }))).toBe(
      'NOT_FOUND',
    );
    expect(ok(await guest().page(tokenOf(linkB.url)), 'callPrep').sellerEntityName).toBe(
      '深圳市乙电子商务有限公司',
    );
    expect((await caseLink(a.caseId, a.agency.token)).callPrepLink.id).toBe(linkA.id);
    // A's guest ticking through A's token changes A's case only.
    ok(await guest().tick(tokenOf(linkA.url), 'bandwidth-5mbps'), 'tickCallPrepItem');
    const bCase = await caseLink(b.caseId, b.agency.token);
    expect(bCase.checklist.every((item: any) => !item.done)).toBe(true);
  });
});
