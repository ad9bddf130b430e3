import { caseClient, CHECKLIST } from '../../support/cases';
import { failure, rowCounts } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { createPortfolio, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

const NOW = '2026-12-01T02:00:00.000Z';
const CHECKLIST_KEYS = [
  'original-id-card',
  'original-business-license',
  'registered-phone',
  'device-check-24h',
  'bandwidth-5mbps',
  'no-vpn-proxy',
  'no-ad-blocker',
  'camera-mic-permission',
  'office-environment',
  'official-link-only',
];

const CASES = /* GraphQL */ `
  query Cases($first: Int, $after: String, $filter: VerificationCaseFilter) {
    verificationCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          deadlineAt
        }
      }
    }
  }
`;

let api: TestApi;
let usccSeed = 1100;

beforeAll(async () => {
  api = await startTestApi();
});
beforeEach(() => api.clock.set(NOW));
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('the preparation checklist', () => {
  let agency: SignedUpAgency;
  let cases: ReturnType<typeof caseClient>;
  let p: Awaited<ReturnType<typeof createPortfolio>>;

  beforeAll(async () => {
    api.clock.set(NOW);
    agency = await signUpAgency(api);
    cases = caseClient(api, agency.token);
    p = await createPortfolio(api, agency.token, { uscc: makeUscc(usccSeed++), sites: ['TH'] });
  });

  const open = () =>
    cases.open({
      sellerEntityId: p.entityId,
      representativeId: p.representativeId,
      site: 'TH',
      trigger: 'LINKED_ACCOUNTS',
      noticeReceivedAt: '2026-12-01T01:00:00.000Z',
    });

  it('starts with the ten items, none done', async () => {
    const opened = await open();
    expect(opened.checklist.map((item: any) => item.key)).toEqual(CHECKLIST_KEYS);
    for (const item of opened.checklist) {
      expect(item.done).toBe(false);
      expect(item.label).toEqual(expect.any(String));
      expect(item.label.length).toBeGreaterThan(0);
    }
    await cases.cancel(opened.id);
  });

  it('ticks and unticks one item, leaving the others', async () => {
    const opened = await open();
    const ticked = await cases.tick(opened.id, 'bandwidth-5mbps');
    const done = (view: any) =>
      view.checklist.filter((item: any) => item.done).map((item: any) => item.key);
    expect(done(ticked)).toEqual(['bandwidth-5mbps']);
    expect(done(await cases.view(opened.id))).toEqual(['bandwidth-5mbps']);
    await cases.tick(opened.id, 'no-vpn-proxy');
    const unticked = await cases.tick(opened.id, 'bandwidth-5mbps', false);
    expect(done(unticked)).toEqual(['no-vpn-proxy']);
    await cases.cancel(opened.id);
  });

  it('refuses an unknown key (INVALID_FORMAT) and changes nothing', async () => {
    const opened = await open();
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      CHECKLIST,
      { input: { caseId: opened.id, key: 'zoom-installed', done: true } },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['key:INVALID_FORMAT'] });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
    expect((await cases.view(opened.id)).checklist.map((item: any) => item.key)).toEqual(
      CHECKLIST_KEYS,
    );
    await cases.cancel(opened.id);
  });

  it('gives every new case a fresh checklist', async () => {
    const first = await open();
    for (const key of CHECKLIST_KEYS) await cases.tick(first.id, key);
    await cases.cancel(first.id);
    const second = await open();
    expect(second.checklist.every((item: any) => !item.done)).toBe(true);
    expect((await cases.view(first.id)).checklist.every((item: any) => item.done)).toBe(true);
  });
});

describe('listing cases', () => {
  let agency: SignedUpAgency;
  let managerMemberId: string;
  const c: Record<string, string> = {};
  const entity: Record<string, string> = {};

  beforeAll(async () => {
    api.clock.set(NOW);
    agency = await signUpAgency(api);
    const cases = caseClient(api, agency.token);
    const manager = await addMember(api, agency.token, 'MANAGER');
    const members = ok(
      await api.gql(`{ members { id user { email } } }`, {}, { as: agency.token }),
      'members',
    );
    managerMemberId = members.find((member: any) => member.user.email === manager.email).id;

    const open = async (
      key: string,
      site: string,
      noticeReceivedAt: string,
      options: { deadlineAt?: string; managed?: boolean } = {},
    ) => {
      const p = await createPortfolio(api, agency.token, {
        uscc: makeUscc(usccSeed++),
        sites: [site],
      });
      entity[key] = p.entityId;
      if (options.managed) {
        ok(
          await api.gql(
            `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
            { id: p.entityId, input: { managerId: managerMemberId } },
            { as: agency.token },
          ),
          'updateSellerEntity',
        );
      }
      c[key] = (
        await cases.open({
          sellerEntityId: p.entityId,
          representativeId: p.representativeId,
          site,
          trigger: 'OTHER',
          noticeReceivedAt,
          deadlineAt: options.deadlineAt,
        })
      ).id;
    };
    // Deadlines, earliest first: overdue 12-01 00:00, scheduled 12-01 10:00, cancelled 12-03 06:00,
    // passed 12-03 12:00, failed 12-04 00:30, awaiting 12-04 01:00.
    await open('awaiting', 'TH', '2026-12-01T01:00:00.000Z', { managed: true });
    await open('scheduled', 'MY', '2026-11-30T20:00:00.000Z', {
      deadlineAt: '2026-12-01T10:00:00.000Z',
    });
    await cases.schedule(c.scheduled, '2026-12-01T05:00:00.000Z');
    await open('overdue', 'TH', '2026-11-28T00:00:00.000Z', {
      deadlineAt: '2026-12-01T00:00:00.000Z',
      managed: true,
    });
    await open('passed', 'PH', '2026-11-30T12:00:00.000Z');
    await cases.attempt({
      caseId: c.passed,
      outcome: 'PASSED',
      occurredAt: '2026-11-30T13:00:00.000Z',
    });
    await open('cancelled', 'ID', '2026-11-30T06:00:00.000Z');
    await cases.cancel(c.cancelled);
    await open('failed', 'VN', '2026-12-01T00:30:00.000Z');
    await cases.attempt({
      caseId: c.failed,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:00:00.000Z',
      failureReasons: ['NETWORK_LATENCY'],
    });
    await open('archived', 'TH', '2026-12-01T00:00:00.000Z', {
      deadlineAt: '2026-12-01T08:00:00.000Z',
    });
    ok(
      await api.gql(
        `mutation A($id: ID!) { archiveSellerEntity(id: $id) { id } }`,
        { id: entity.archived },
        { as: agency.token },
      ),
      'archiveSellerEntity',
    );
  });

  const list = async (filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}) =>
    ok(await api.gql(CASES, { filter, ...page }, { as: agency.token }), 'verificationCases');
  const keys = (connection: any) =>
    connection.edges.map(
      (edge: any) => Object.entries(c).find(([, id]) => id === edge.node.id)?.[0] ?? edge.node.id,
    );

  it("lists the agency's cases by deadline, earliest first, leaving out archived entities", async () => {
    const all = await list();
    expect(keys(all)).toEqual([
      'overdue',
      'scheduled',
      'cancelled',
      'passed',
      'failed',
      'awaiting',
    ]);
    expect(all.totalCount).toBe(6);
    expect(all.edges.map((edge: any) => edge.node.status)).toEqual([
      'OVERDUE',
      'SCHEDULED',
      'CANCELLED',
      'PASSED',
      'FAILED',
      'AWAITING_BOOKING',
    ]);
  });

  it.each([
    ['OVERDUE', ['overdue']],
    ['SCHEDULED', ['scheduled']],
    ['CANCELLED', ['cancelled']],
    ['PASSED', ['passed']],
    ['FAILED', ['failed']],
    ['AWAITING_BOOKING', ['awaiting']],
  ])('filters by status %s', async (status, expected) => {
    const result = await list({ status });
    expect(keys(result)).toEqual(expected);
    expect(result.totalCount).toBe(expected.length);
  });

  it('filters by status as the clock moves: SCHEDULED becomes OVERDUE past its deadline', async () => {
    api.clock.set('2026-12-01T11:00:00.000Z');
    expect(keys(await list({ status: 'OVERDUE' }))).toEqual(['overdue', 'scheduled']);
    expect((await list({ status: 'SCHEDULED' })).totalCount).toBe(0);
  });

  it('filters by site', async () => {
    expect(keys(await list({ site: 'TH' }))).toEqual(['overdue', 'awaiting']);
    expect(keys(await list({ site: 'VN' }))).toEqual(['failed']);
    expect((await list({ site: 'SG' })).totalCount).toBe(0);
  });

  it('filters open cases due within N hours, overdue ones included', async () => {
    expect(keys(await list({ dueWithinHours: 24 }))).toEqual(['overdue', 'scheduled']);
    expect(keys(await list({ dueWithinHours: 72 }))).toEqual([
      'overdue',
      'scheduled',
      'failed',
      'awaiting',
    ]);
    expect(keys(await list({ dueWithinHours: 0 }))).toEqual(['overdue']);
  });

  it('filters by entity and by manager', async () => {
    expect(keys(await list({ sellerEntityId: entity.scheduled }))).toEqual(['scheduled']);
    expect(keys(await list({ managerId: managerMemberId }))).toEqual(['overdue', 'awaiting']);
    expect(keys(await list({ managerId: managerMemberId, status: 'OVERDUE' }))).toEqual([
      'overdue',
    ]);
  });

  it.each([NOW, '2026-12-01T11:00:00.000Z'])(
    'filters entities by verification status exactly as their verificationStatus field reads (at %s)',
    async (instant) => {
      api.clock.set(instant);
      const all = ok(
        await api.gql(
          `{ sellerEntities(first: 100) { edges { node { id verificationStatus } } } }`,
          {},
          { as: agency.token },
        ),
        'sellerEntities',
      ).edges.map((edge: any) => edge.node);
      expect(all).toHaveLength(6);
      for (const status of [
        'NOT_REQUIRED',
        'AWAITING_BOOKING',
        'SCHEDULED',
        'FAILED',
        'OVERDUE',
        'VERIFIED',
      ]) {
        const filtered = ok(
          await api.gql(
            `query Q($status: VerificationStatus) { sellerEntities(first: 100, filter: { verificationStatus: $status }) { edges { node { id } } } }`,
            { status },
            { as: agency.token },
          ),
          'sellerEntities',
        );
        const expected = all.filter((node: any) => node.verificationStatus === status);
        expect([status, filtered.edges.map((edge: any) => edge.node.id).sort()]).toEqual([
          status,
          expected.map((node: any) => node.id).sort(),
        ]);
      }
    },
  );

  it('pages by deadline, returning every case exactly once', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await list({}, { first: 4, after });
      expect(result.totalCount).toBe(6);
      seen.push(...keys(result));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(['overdue', 'scheduled', 'cancelled', 'passed', 'failed', 'awaiting']);
  });
});
