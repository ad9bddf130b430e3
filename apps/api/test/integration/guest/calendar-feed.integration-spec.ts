import { DateTime } from 'luxon';
import * as ical from 'node-ical';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import {
  createPortfolio,
  OPEN_CASE,
  ok,
  RECORD_DOCUMENT,
  RESIDENT_IDS,
  USCC,
} from '../../support/portfolio';
import { startTestApi, TestApi, uniqueAddress } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

// RULES.md "Calendar feed", read back with node-ical (not the library that wrote it).
const FEED = /* GraphQL */ `
  query {
    calendarFeed {
      url
      createdAt
    }
  }
`;
const ROTATE = /* GraphQL */ `
  mutation {
    rotateCalendarFeed {
      url
      createdAt
    }
  }
`;
// The agency's calendar: today in Shanghai is 2026-12-01 whatever the hour the test runs.
const NOW = '2026-12-01T00:00:00.000Z';
const TODAY = '2026-12-01';
const inDays = (days: number) => DateTime.fromISO(TODAY).plus({ days }).toISODate() as string;

let api: TestApi;
let owner: SignedUpAgency;
let manager: { token: string; userId: string };
let managed: { entityId: string; caseId: string; deadlineAt: string; licenceId: string };
let unmanaged: { entityId: string; in400: string; in401: string };

type Fetched = { status: number; type: string | null; cache: string | null; text: string };

/** GETs a feed URL as a calendar app would, from a given address. */
async function fetchFeed(url: string, address = uniqueAddress()): Promise<Fetched> {
  // The URL names PUBLIC_URL; the test API listens elsewhere.
  const { pathname } = new URL(url);
  const response = await fetch(`${api.url}${pathname}`, {
    headers: { 'x-forwarded-for': address },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cache: response.headers.get('cache-control'),
    text: await response.text(),
  };
}

async function feedUrl(token: string): Promise<string> {
  return ok(await api.gql(FEED, {}, { as: token }), 'calendarFeed').url;
}

/** The VEVENTs of a feed, by UID. */
function events(text: string): Record<string, ical.VEvent> {
  const parsed = ical.sync.parseICS(text);
  return Object.fromEntries(
    Object.values(parsed)
      .filter((component): component is ical.VEvent => component?.type === 'VEVENT')
      .map((event) => [event.uid, event]),
  );
}

/** A date-only value as its calendar date (node-ical builds it at local midnight). */
const calendarDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

async function recordDocument(token: string, input: Record<string, unknown>): Promise<string> {
  return ok(await api.gql(RECORD_DOCUMENT, { input }, { as: token }), 'recordDocument').id;
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(NOW);
  owner = await signUpAgency(api);
  manager = await addMember(api, owner.token, 'MANAGER');
  const members = await api.gql(`{ members { id user { id } } }`, {}, { as: owner.token });
  const managerMemberId = members.data!.members.find(
    (member: any) => member.user.id === manager.userId,
  ).id;

  // The manager's entity: a TH case with a slot at 10:00 Bangkok tomorrow, a licence expiring in 14 days.
  const mine = await createPortfolio(api, owner.token, { uscc: USCC[0], sites: ['TH'] });
  await api.gql(
    `mutation U($id: ID!, $m: ID) { updateSellerEntity(id: $id, input: { managerId: $m }) { id } }`,
    { id: mine.entityId, m: managerMemberId },
    { as: owner.token },
  );
  const licenceId = await recordDocument(owner.token, {
    sellerEntityId: mine.entityId,
    type: 'BUSINESS_LICENSE',
    number: 'L-1',
    expiresOn: inDays(14),
  });
  const opened = ok(
    await api.gql(
      OPEN_CASE,
      {
        input: {
          sellerEntityId: mine.entityId,
          representativeId: mine.representativeId,
          site: 'TH',
          trigger: 'OTHER',
          noticeReceivedAt: '2026-11-30T00:00:00.000Z',
        },
      },
      { as: owner.token },
    ),
    'openVerificationCase',
  );
  ok(
    await api.gql(
      `mutation S($id: ID!) { scheduleAppointment(input: { caseId: $id, startsAt: "2026-12-02T03:00:00.000Z" }) { id } }`,
      { id: opened.id },
      { as: owner.token },
    ),
    'scheduleAppointment',
  );
  managed = {
    entityId: mine.entityId,
    caseId: opened.id,
    deadlineAt: opened.deadlineAt,
    licenceId,
  };

  // An entity nobody manages: documents expiring in 400 days (listed) and 401 days (not yet).
  const theirs = await createPortfolio(api, owner.token, { uscc: USCC[1], sites: ['VN'] });
  unmanaged = {
    entityId: theirs.entityId,
    in400: await recordDocument(owner.token, {
      sellerEntityId: theirs.entityId,
      type: 'BUSINESS_LICENSE',
      number: 'L-2',
      expiresOn: inDays(400),
    }),
    in401: await recordDocument(owner.token, {
      sellerEntityId: theirs.entityId,
      type: 'TRADEMARK_CERTIFICATE',
      number: 'T-2',
      expiresOn: inDays(401),
    }),
  };
});

afterAll(async () => {
  await api.close();
});

describe('the calendar feed', () => {
  it('serves text/calendar, never cached by others, with a Chinese name and a refresh hint', async () => {
    const url = await feedUrl(owner.token);
    expect(url).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expect(feed.cache).toBe('private, no-store');
    const calendar = Object.values(ical.sync.parseICS(feed.text)).find(
      (component) => component?.type === 'VCALENDAR',
    ) as any;
    expect(calendar['WR-CALNAME']).toBe('VeriDesk 认证日历 · 深圳海拓跨境服务有限公司');
    expect(feed.text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);
    // Unfolded, it holds no ID number, phone number or document number.
    const unfolded = feed.text.replace(/\r\n[ \t]/g, '');
    for (const secret of [RESIDENT_IDS[0], '13800138000', '138 0013 8000', 'L-1', 'L-2'])
      expect(unfolded).not.toContain(secret);
  });

  it('puts the appointment at the right instant for 30 minutes, with an alarm an hour before', async () => {
    const feed = events((await fetchFeed(await feedUrl(manager.token))).text);
    const appointment = feed[`appointment-${managed.caseId}@veridesk`];
    expect(appointment.start.toISOString()).toBe('2026-12-02T03:00:00.000Z'); // 10:00 Bangkok
    expect(appointment.end!.toISOString()).toBe('2026-12-02T03:30:00.000Z');
    expect(appointment.summary).toBe('视频认证：深圳市海拓电子商务有限公司 · TH 站点');
    expect(appointment.description).toContain('2026-12-02 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)');
    expect(appointment.description).toContain(`http://localhost:3000/cases/${managed.caseId}`);
    const alarms = (appointment as any).alarms as Array<{ action: string; trigger: unknown }>;
    expect(alarms).toHaveLength(1);
    expect(alarms[0].action).toBe('DISPLAY');
    expect(String(alarms[0].trigger)).toBe('-PT1H');
  });

  it("lists each open case's deadline at its instant", async () => {
    const feed = events((await fetchFeed(await feedUrl(manager.token))).text);
    const deadline = feed[`deadline-${managed.caseId}@veridesk`];
    expect(deadline.start.toISOString()).toBe(new Date(managed.deadlineAt).toISOString());
    expect(deadline.summary).toBe('认证截止：深圳市海拓电子商务有限公司 · TH 站点');
    expect(deadline.description).toContain(`/cases/${managed.caseId}`);
  });

  it('lists document expiries within 400 days as all-day events on the expiry date', async () => {
    const feed = events((await fetchFeed(await feedUrl(owner.token))).text);
    const licence = feed[`expiry-${managed.licenceId}@veridesk`];
    expect(licence.datetype).toBe('date');
    expect(calendarDate(licence.start)).toBe(inDays(14));
    expect(calendarDate(licence.end!)).toBe(inDays(15));
    expect(licence.summary).toBe('证件到期：深圳市海拓电子商务有限公司 · 营业执照');
    const lastDay = feed[`expiry-${unmanaged.in400}@veridesk`];
    expect(calendarDate(lastDay.start)).toBe(inDays(400));
    expect(feed[`expiry-${unmanaged.in401}@veridesk`]).toBeUndefined();
  });

  it('keeps the URL and the UIDs across fetches, so calendars update rather than duplicate', async () => {
    const url = await feedUrl(owner.token);
    expect(await feedUrl(owner.token)).toBe(url);
    const first = Object.keys(events((await fetchFeed(url)).text)).sort();
    const second = Object.keys(events((await fetchFeed(url)).text)).sort();
    expect(first).toEqual(
      [
        `appointment-${managed.caseId}@veridesk`,
        `deadline-${managed.caseId}@veridesk`,
        `expiry-${managed.licenceId}@veridesk`,
        `expiry-${unmanaged.in400}@veridesk`,
      ].sort(),
    );
    expect(second).toEqual(first);
  });

  it('shows a manager only their entities, an OWNER the whole agency', async () => {
    const managers = Object.keys(events((await fetchFeed(await feedUrl(manager.token))).text));
    expect(managers.sort()).toEqual(
      [
        `appointment-${managed.caseId}@veridesk`,
        `deadline-${managed.caseId}@veridesk`,
        `expiry-${managed.licenceId}@veridesk`,
      ].sort(),
    );
    const owners = Object.keys(events((await fetchFeed(await feedUrl(owner.token))).text));
    expect(owners).toContain(`expiry-${unmanaged.in400}@veridesk`);
  });

  it('gives each member their own URL, and another agency none of these events', async () => {
    const other = await signUpAgency(api, '广州云帆贸易有限公司');
    const otherUrl = await feedUrl(other.token);
    expect(otherUrl).not.toBe(await feedUrl(owner.token));
    expect(await feedUrl(manager.token)).not.toBe(await feedUrl(owner.token));
    const feed = await fetchFeed(otherUrl);
    expect(feed.status).toBe(200);
    expect(Object.keys(events(feed.text))).toEqual([]);
    expect(feed.text).not.toContain('海拓');
  });

  it('answers 404 to the old URL as soon as the feed is rotated, and serves the new one', async () => {
    const member = await addMember(api, owner.token, 'VIEWER');
    const old = await feedUrl(member.token);
    expect((await fetchFeed(old)).status).toBe(200);
    const rotated = ok(await api.gql(ROTATE, {}, { as: member.token }), 'rotateCalendarFeed');
    expect(rotated.url).not.toBe(old);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(rotated.url)).status).toBe(200);
    expect(await feedUrl(member.token)).toBe(rotated.url);
    const audit = await api.gql(
      `{ auditLog(first: 20) { edges { node { action actor } } } }`,
      {},
      { as: owner.token },
    );
    expect(audit.data!.auditLog.edges.map((edge: any) => edge.node.action)).toContain(
      'calendarFeed.rotate',
    );
  });

  it('answers 404 to an unknown token and counts it against the address', async () => {
    const address = uniqueAddress();
    const valid = await feedUrl(owner.token);
    const unknown = `http://localhost:3000/calendar/${'A'.repeat(43)}.ics`;
    const first = await fetchFeed(unknown, address);
    expect(first.status).toBe(404);
    expect(JSON.parse(first.text).code).toBe('NOT_FOUND');
    expect((await fetchFeed('http://localhost:3000/calendar/nonsense', address)).status).toBe(404);
    for (let attempt = 2; attempt < 30; attempt++)
      expect((await fetchFeed(unknown, address)).status).toBe(404);
    // Past the budget (30 in 15 minutes) the address is refused, even with a valid URL.
    expect((await fetchFeed(valid, address)).status).toBe(429);
    expect((await fetchFeed(valid)).status).toBe(200);
  });

  it('refuses an API key: it has no calendar of its own', async () => {
    const key = await api.gql(
      `mutation { createApiKey(input: { name: "cal", role: VIEWER }) { secret } }`,
      {},
      { as: owner.token },
    );
    const secret = key.data?.createApiKey.secret;
    expect(secret).toBeTruthy();
    const result = await api.gql(FEED, {}, { as: secret });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the token sealed and out of reach of the cross-agency lookup role', async () => {
    const token = new URL(await feedUrl(owner.token)).pathname
      .split('/')
      .pop()!
      .replace('.ics', '');
    await withAdminClient(async (client) => {
      const stored = await client.query(
        `SELECT token_hash, token_ciphertext FROM calendar_feeds WHERE agency_id = $1 AND revoked_at IS NULL`,
        [owner.agencyId],
      );
      expect(JSON.stringify(stored.rows)).not.toContain(token);
      await client.query('BEGIN');
      try {
        await client.query('SET LOCAL ROLE veridesk_system');
        // The lookup's columns only: the sealed token is not readable before the agency is entered.
        await client.query(
          'SELECT id, agency_id, token_hash, revoked_at FROM calendar_feeds LIMIT 1',
        );
        await expect(
          client.query('SELECT token_ciphertext FROM calendar_feeds LIMIT 1'),
        ).rejects.toThrow(/permission denied/);
      } finally {
        await client.query('ROLLBACK');
      }
    }, process.env.TEST_DATABASE_URL);
  });
});
