import { bySite, caseClient, OPEN } from '../../support/cases';
import { failure, rowCounts } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ADD_REPRESENTATIVE, createPortfolio, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

const NOW = '2026-12-01T02:00:00.000Z';

let api: TestApi;
let agency: SignedUpAgency;
let cases: ReturnType<typeof caseClient>;
let usccSeed = 800;

const portfolio = (sites: string[] = ['TH', 'MY', 'PH']) =>
  createPortfolio(api, agency.token, { uscc: makeUscc(usccSeed++), sites, licenseExpiresOn: null });

const openInput = (
  p: { entityId: string; representativeId: string },
  overrides: Record<string, unknown> = {},
) => ({
  sellerEntityId: p.entityId,
  representativeId: p.representativeId,
  site: 'TH',
  trigger: 'LOGIN_ENVIRONMENT',
  noticeReceivedAt: '2026-12-01T01:00:00.000Z',
  ...overrides,
});

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  cases = caseClient(api, agency.token);
});
beforeEach(() => api.clock.set(NOW));
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('the deadline', () => {
  it('defaults to the notice plus 72 hours', async () => {
    const opened = await cases.open(openInput(await portfolio()));
    expect(opened).toMatchObject({
      status: 'AWAITING_BOOKING',
      trigger: 'LOGIN_ENVIRONMENT',
      noticeReceivedAt: '2026-12-01T01:00:00.000Z',
      deadlineAt: '2026-12-04T01:00:00.000Z',
      hoursRemaining: 71,
      passedAt: null,
      appointment: null,
      attempts: [],
    });
  });

  it('honours an explicit deadline', async () => {
    const opened = await cases.open(
      openInput(await portfolio(), { deadlineAt: '2026-12-02T14:30:00.000Z' }),
    );
    expect(opened).toMatchObject({ deadlineAt: '2026-12-02T14:30:00.000Z', hoursRemaining: 36.5 });
  });

  it('refuses a deadline before the notice and a notice from the future, writing nothing', async () => {
    const p = await portfolio();
    const before = await rowCounts(agency.agencyId);
    const early = await api.gql(
      OPEN,
      { input: openInput(p, { deadlineAt: '2026-11-30T00:00:00.000Z' }) },
      { as: agency.token },
    );
    expect(failure(early)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['deadlineAt:BEFORE_NOTICE'],
    });
    const future = await api.gql(
      OPEN,
      { input: openInput(p, { noticeReceivedAt: '2026-12-01T05:00:00.000Z' }) },
      { as: agency.token },
    );
    expect(failure(future)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['noticeReceivedAt:IN_FUTURE'],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });
});

describe('one open case per entity', () => {
  it('refuses a second open case with CONFLICT and changes nothing', async () => {
    const p = await portfolio();
    await cases.open(openInput(p));
    const before = await rowCounts(agency.agencyId);
    const second = await api.gql(
      OPEN,
      { input: openInput(p, { site: 'MY', trigger: 'LISTING_BURST' }) },
      { as: agency.token },
    );
    expect(failure(second).code).toBe('CONFLICT');
    expect(await rowCounts(agency.agencyId)).toEqual(before);
    const stores = ok(
      await api.gql(
        `query E($id: ID!) { sellerEntity(id: $id) { stores { site status } } }`,
        { id: p.entityId },
        { as: agency.token },
      ),
      'sellerEntity',
    ).stores;
    expect(bySite(stores).MY.status).toBe('ACTIVE'); // the refused case on MY restricted nothing
  });

  it('allows a new case once the previous one has PASSED', async () => {
    const p = await portfolio();
    const first = await cases.open(openInput(p));
    await cases.attempt({
      caseId: first.id,
      outcome: 'PASSED',
      occurredAt: '2026-12-01T01:30:00.000Z',
    });
    const second = await cases.open(
      openInput(p, { site: 'MY', noticeReceivedAt: '2026-12-01T01:45:00.000Z' }),
    );
    expect(second.status).toBe('AWAITING_BOOKING');
    expect(second.sellerEntity.verificationStatus).toBe('AWAITING_BOOKING');
  });

  it('allows a new case once the previous one was CANCELLED', async () => {
    const p = await portfolio();
    const first = await cases.open(openInput(p));
    expect((await cases.cancel(first.id)).status).toBe('CANCELLED');
    const second = await cases.open(openInput(p));
    expect(second.status).toBe('AWAITING_BOOKING');
    expect(second.id).not.toBe(first.id);
  });

  it('is per entity: another entity of the agency may have its own open case', async () => {
    await cases.open(openInput(await portfolio()));
    const other = await cases.open(openInput(await portfolio()));
    expect(other.status).toBe('AWAITING_BOOKING');
  });
});

describe('the stores when a case opens', () => {
  it('marks the ACTIVE store on the case site RESTRICTED with all three modules, leaving the other sites alone', async () => {
    const p = await portfolio(['TH', 'MY', 'PH']);
    const opened = await cases.open(openInput(p, { site: 'TH' }));
    const stores = bySite(opened.affectedStores);
    expect(Object.keys(stores).sort()).toEqual(['MY', 'PH', 'TH']);
    expect(stores.TH).toMatchObject({
      id: p.storeIds.TH,
      status: 'RESTRICTED',
      statusChangedAt: NOW,
    });
    expect([...stores.TH.restrictedModules].sort()).toEqual([
      'FINANCE',
      'ORDERS',
      'PRODUCT_LISTING',
    ]);
    for (const site of ['MY', 'PH']) {
      expect(stores[site]).toMatchObject({
        status: 'ACTIVE',
        restrictedModules: [],
        freezeUntil: null,
      });
    }
  });

  it("leaves another entity's store on the same site ACTIVE", async () => {
    const p = await portfolio(['TH']);
    const neighbour = await portfolio(['TH']);
    await cases.open(openInput(p, { site: 'TH' }));
    const stores = ok(
      await api.gql(
        `query E($id: ID!) { sellerEntity(id: $id) { stores { status } } }`,
        { id: neighbour.entityId },
        { as: agency.token },
      ),
      'sellerEntity',
    ).stores;
    expect(stores).toEqual([{ status: 'ACTIVE' }]);
  });

  it('keeps a store already FROZEN on that site FROZEN, with its modules and freeze', async () => {
    const p = await portfolio(['TH', 'MY']);
    await cases.setStoreStatus({
      storeId: p.storeIds.TH,
      status: 'FROZEN',
      restrictedModules: ['FINANCE'],
      freezeUntil: '2026-12-10T00:00:00.000Z',
    });
    const opened = await cases.open(openInput(p, { site: 'TH' }));
    expect(bySite(opened.affectedStores).TH).toMatchObject({
      status: 'FROZEN',
      restrictedModules: ['FINANCE'],
      freezeUntil: '2026-12-10T00:00:00.000Z',
    });
  });

  it('keeps a CLOSED store on that site CLOSED', async () => {
    const p = await portfolio(['TH']);
    await cases.setStoreStatus({ storeId: p.storeIds.TH, status: 'CLOSED' });
    const opened = await cases.open(openInput(p, { site: 'TH' }));
    expect(bySite(opened.affectedStores).TH.status).toBe('CLOSED');
  });

  it('opens a case on a site where the entity has no store, touching no store', async () => {
    const p = await portfolio(['MY', 'PH']);
    const opened = await cases.open(openInput(p, { site: 'VN' }));
    expect(opened.site).toBe('VN');
    expect(opened.affectedStores.map((store: any) => store.status)).toEqual(['ACTIVE', 'ACTIVE']);
  });
});

describe('the representative', () => {
  it('must be one of the entity (OTHER_ENTITY), and nothing is written', async () => {
    const p = await portfolio(['TH']);
    const stranger = await portfolio(['MY']);
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      OPEN,
      { input: openInput(p, { representativeId: stranger.representativeId }) },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['representativeId:OTHER_ENTITY'],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('may be an authorized signatory of the entity', async () => {
    const p = await portfolio(['TH']);
    const signatory = ok(
      await api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: p.entityId,
            fullName: '李娜',
            role: 'AUTHORIZED_SIGNATORY',
            idType: 'PASSPORT',
            idNumber: 'EA9876543',
          },
        },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    const opened = await cases.open(openInput(p, { representativeId: signatory.id }));
    expect(opened.representative).toMatchObject({
      id: signatory.id,
      verificationStatus: 'AWAITING_BOOKING',
    });
  });
});
