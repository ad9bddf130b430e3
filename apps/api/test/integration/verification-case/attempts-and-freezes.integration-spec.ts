import { ATTEMPT, bySite, caseClient } from '../../support/cases';
import { failure, rowCounts } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ADD_REPRESENTATIVE, createPortfolio, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

const NOTICE = '2026-12-01T01:00:00.000Z';

let api: TestApi;
let agency: SignedUpAgency;
let cases: ReturnType<typeof caseClient>;
let usccSeed = 1000;

async function openCase(sites = ['TH', 'MY', 'PH'], site = 'TH') {
  const p = await createPortfolio(api, agency.token, {
    uscc: makeUscc(usccSeed++),
    sites,
    licenseExpiresOn: null,
  });
  const opened = await cases.open({
    sellerEntityId: p.entityId,
    representativeId: p.representativeId,
    site,
    trigger: 'CATEGORY_CHANGE',
    noticeReceivedAt: NOTICE,
  });
  return { ...p, caseId: opened.id as string };
}

const attempt = (input: Record<string, unknown>) =>
  api.gql(ATTEMPT, { input }, { as: agency.token });

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  cases = caseClient(api, agency.token);
});
beforeEach(() => api.clock.set('2026-12-01T02:00:00.000Z'));
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('recording an attempt: validation', () => {
  it('requires at least one failure reason for FAILED, and writes nothing without', async () => {
    const { caseId } = await openCase();
    await cases.schedule(caseId, '2026-12-02T03:00:00.000Z');
    api.clock.set('2026-12-02T03:30:00.000Z');
    const before = await rowCounts(agency.agencyId);
    for (const failureReasons of [undefined, []]) {
      const result = await attempt({
        caseId,
        outcome: 'FAILED',
        occurredAt: '2026-12-02T03:05:00.000Z',
        failureReasons,
      });
      expect(failure(result)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['failureReasons:REQUIRED'],
      });
    }
    expect(await rowCounts(agency.agencyId)).toEqual(before);
    expect(await cases.view(caseId)).toMatchObject({ status: 'SCHEDULED', attempts: [] });
  });

  it.each([23, 73, 0, -24])(
    'refuses a freeze extension of %s hours (OUT_OF_RANGE), writing nothing',
    async (hours) => {
      const { caseId } = await openCase(['TH']);
      const before = await rowCounts(agency.agencyId);
      const result = await attempt({
        caseId,
        outcome: 'FAILED',
        occurredAt: '2026-12-01T01:30:00.000Z',
        failureReasons: ['NETWORK_LATENCY'],
        freezeExtensionHours: hours,
      });
      expect(failure(result)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['freezeExtensionHours:OUT_OF_RANGE'],
      });
      expect(await rowCounts(agency.agencyId)).toEqual(before);
      expect(bySite((await cases.view(caseId)).affectedStores).TH.freezeUntil).toBeNull();
    },
  );

  it('reports missing reasons, a freeze out of range and a long note together, writing nothing', async () => {
    const { caseId } = await openCase(['TH']);
    const before = await rowCounts(agency.agencyId);
    const result = await attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      freezeExtensionHours: 100,
      note: 'n'.repeat(2001),
    });
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['failureReasons:REQUIRED', 'freezeExtensionHours:OUT_OF_RANGE', 'note:TOO_LONG'],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('refuses failure reasons and a freeze on a PASSED call, both named', async () => {
    const { caseId } = await openCase(['TH']);
    const result = await attempt({
      caseId,
      outcome: 'PASSED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['NETWORK_LATENCY'],
      freezeExtensionHours: 24,
    });
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['failureReasons:NOT_ALLOWED', 'freezeExtensionHours:OUT_OF_RANGE'],
    });
  });

  it.each([24, 72])('accepts a freeze extension of %s hours', async (hours) => {
    const { caseId } = await openCase(['TH']);
    const recorded = await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['NETWORK_LATENCY'],
      freezeExtensionHours: hours,
    });
    expect(recorded.attempts).toEqual([
      {
        outcome: 'FAILED',
        occurredAt: '2026-12-01T01:30:00.000Z',
        failureReasons: ['NETWORK_LATENCY'],
        freezeExtensionHours: hours,
        note: null,
      },
    ]);
  });
});

describe('a call that does not pass', () => {
  it.each(['NO_SHOW', 'INTERRUPTED'])(
    '%s consumes the slot and leaves the case FAILED',
    async (outcome) => {
      const { caseId } = await openCase(['TH']);
      await cases.schedule(caseId, '2026-12-02T03:00:00.000Z');
      api.clock.set('2026-12-02T03:30:00.000Z');
      const recorded = await cases.attempt({
        caseId,
        outcome,
        occurredAt: '2026-12-02T03:00:00.000Z',
        note: 'representative did not join',
      });
      expect(recorded).toMatchObject({ status: 'FAILED', appointment: null });
      expect(recorded.attempts[0]).toMatchObject({ outcome, failureReasons: [] });
      expect(recorded.representative.verificationStatus).toBe('FAILED');
    },
  );

  it('FAILED consumes the slot and keeps its reasons', async () => {
    const { caseId } = await openCase(['TH']);
    await cases.schedule(caseId, '2026-12-02T03:00:00.000Z');
    api.clock.set('2026-12-02T03:30:00.000Z');
    const recorded = await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-02T03:05:00.000Z',
      failureReasons: ['DOCUMENT_BLURRY', 'SCREEN_SWITCH'],
    });
    expect(recorded).toMatchObject({ status: 'FAILED', appointment: null });
    expect([...recorded.attempts[0].failureReasons].sort()).toEqual([
      'DOCUMENT_BLURRY',
      'SCREEN_SWITCH',
    ]);
  });
});

describe('the freeze after a failed call', () => {
  it('sets freezeUntil to the call time plus the hours when the store had no later freeze', async () => {
    const { caseId } = await openCase(['TH', 'MY']);
    const recorded = await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['WRONG_PERSON'],
      freezeExtensionHours: 48,
    });
    const stores = bySite(recorded.affectedStores);
    expect(stores.TH).toMatchObject({
      status: 'RESTRICTED',
      freezeUntil: '2026-12-03T01:30:00.000Z',
    });
    expect(stores.MY).toMatchObject({ status: 'ACTIVE', freezeUntil: null });
  });

  it('extends from the current freeze when it ends after the call', async () => {
    const { caseId } = await openCase(['TH']);
    await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['AUDIO_UNCLEAR'],
      freezeExtensionHours: 48,
    }); // frozen until 12-03 01:30
    api.clock.set('2026-12-01T06:00:00.000Z');
    const second = await cases.attempt({
      caseId,
      outcome: 'INTERRUPTED',
      occurredAt: '2026-12-01T05:00:00.000Z',
      freezeExtensionHours: 24,
    });
    expect(bySite(second.affectedStores).TH.freezeUntil).toBe('2026-12-04T01:30:00.000Z');
  });

  it('extends from the call when the current freeze ended before it', async () => {
    const { caseId, storeIds } = await openCase(['TH']);
    await cases.setStoreStatus({
      storeId: storeIds.TH,
      status: 'RESTRICTED',
      freezeUntil: '2026-12-01T00:00:00.000Z',
    });
    const recorded = await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['ID_MISMATCH'],
      freezeExtensionHours: 72,
    });
    expect(bySite(recorded.affectedStores).TH.freezeUntil).toBe('2026-12-04T01:30:00.000Z');
  });

  it('extends every restricted store of the entity (FROZEN on another site too), not ACTIVE or CLOSED ones', async () => {
    const { caseId, storeIds } = await openCase(['TH', 'MY', 'PH', 'VN']);
    await cases.setStoreStatus({
      storeId: storeIds.MY,
      status: 'FROZEN',
      freezeUntil: '2026-12-05T00:00:00.000Z',
    });
    await cases.setStoreStatus({ storeId: storeIds.VN, status: 'CLOSED' });
    const recorded = await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['OTHER'],
      freezeExtensionHours: 24,
    });
    const stores = bySite(recorded.affectedStores);
    expect(stores.TH.freezeUntil).toBe('2026-12-02T01:30:00.000Z');
    expect(stores.MY.freezeUntil).toBe('2026-12-06T00:00:00.000Z');
    expect(stores.PH).toMatchObject({ status: 'ACTIVE', freezeUntil: null });
    expect(stores.VN).toMatchObject({ status: 'CLOSED', freezeUntil: null });
  });

  it('leaves the freeze alone when no extension is given', async () => {
    const { caseId } = await openCase(['TH']);
    const recorded = await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['OTHER'],
    });
    expect(bySite(recorded.affectedStores).TH).toMatchObject({
      status: 'RESTRICTED',
      freezeUntil: null,
    });
  });
});

describe('a passed call', () => {
  it('restores every RESTRICTED, FROZEN or UNDER_REVIEW store of the entity on every site, and leaves a CLOSED one closed', async () => {
    const { caseId, storeIds, representativeId } = await openCase(['TH', 'MY', 'PH', 'ID', 'VN']);
    await cases.attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:30:00.000Z',
      failureReasons: ['NETWORK_LATENCY'],
      freezeExtensionHours: 24,
    });
    await cases.setStoreStatus({
      storeId: storeIds.MY,
      status: 'FROZEN',
      restrictedModules: ['FINANCE'],
      freezeUntil: '2026-12-09T00:00:00.000Z',
    });
    await cases.setStoreStatus({ storeId: storeIds.PH, status: 'UNDER_REVIEW' });
    await cases.setStoreStatus({ storeId: storeIds.VN, status: 'CLOSED' });

    api.clock.set('2026-12-02T04:00:00.000Z');
    const passed = await cases.attempt({
      caseId,
      outcome: 'PASSED',
      occurredAt: '2026-12-02T03:10:00.000Z',
    });
    expect(passed).toMatchObject({ status: 'PASSED', passedAt: '2026-12-02T03:10:00.000Z' });
    const stores = bySite(passed.affectedStores);
    for (const site of ['TH', 'MY', 'PH', 'ID']) {
      expect(stores[site]).toMatchObject({
        status: 'ACTIVE',
        restrictedModules: [],
        freezeUntil: null,
      });
    }
    expect(stores.TH.statusChangedAt).toBe('2026-12-02T04:00:00.000Z');
    expect(stores.VN.status).toBe('CLOSED');
    expect(passed.representative).toEqual({
      id: representativeId,
      verificationStatus: 'VERIFIED',
      verifiedAt: '2026-12-02T03:10:00.000Z',
    });
    expect(passed.sellerEntity.verificationStatus).toBe('VERIFIED');
  });

  it('refuses any further attempt on a PASSED case (CONFLICT)', async () => {
    const { caseId } = await openCase(['TH']);
    await cases.attempt({ caseId, outcome: 'PASSED', occurredAt: '2026-12-01T01:30:00.000Z' });
    const again = await attempt({
      caseId,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:40:00.000Z',
      failureReasons: ['OTHER'],
    });
    expect(failure(again).code).toBe('CONFLICT');
  });
});

describe('verification status of representatives and entities', () => {
  it('follows the newest case naming each representative, and the newest case of the entity', async () => {
    const { caseId, entityId, representativeId: zhang } = await openCase(['TH', 'MY']);
    const li = ok(
      await api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: entityId,
            fullName: '李娜',
            role: 'AUTHORIZED_SIGNATORY',
            idType: 'PASSPORT',
            idNumber: 'EB1234567',
          },
        },
        { as: agency.token },
      ),
      'addRepresentative',
    ).id;
    const statuses = async () => {
      const entity = ok(
        await api.gql(
          `query E($id: ID!) { sellerEntity(id: $id) { verificationStatus representatives { id verificationStatus } } }`,
          { id: entityId },
          { as: agency.token },
        ),
        'sellerEntity',
      );
      const of = (id: string) =>
        entity.representatives.find((candidate: any) => candidate.id === id).verificationStatus;
      return { entity: entity.verificationStatus, zhang: of(zhang), li: of(li) };
    };

    expect(await statuses()).toEqual({
      entity: 'AWAITING_BOOKING',
      zhang: 'AWAITING_BOOKING',
      li: 'NOT_REQUIRED',
    });

    await cases.attempt({ caseId, outcome: 'PASSED', occurredAt: '2026-12-01T01:30:00.000Z' });
    expect(await statuses()).toEqual({ entity: 'VERIFIED', zhang: 'VERIFIED', li: 'NOT_REQUIRED' });

    // A new case names 李娜: she follows it, 张伟 stays VERIFIED, the entity follows the new case.
    const second = await cases.open({
      sellerEntityId: entityId,
      representativeId: li,
      site: 'MY',
      trigger: 'REPRESENTATIVE_CHANGED',
      noticeReceivedAt: '2026-12-01T01:45:00.000Z',
    });
    await cases.attempt({
      caseId: second.id,
      outcome: 'FAILED',
      occurredAt: '2026-12-01T01:50:00.000Z',
      failureReasons: ['WRONG_PERSON'],
    });
    expect(await statuses()).toEqual({ entity: 'FAILED', zhang: 'VERIFIED', li: 'FAILED' });

    // Cancelled: 李娜 and the entity no longer need verifying.
    await cases.cancel(second.id);
    expect(await statuses()).toEqual({
      entity: 'NOT_REQUIRED',
      zhang: 'VERIFIED',
      li: 'NOT_REQUIRED',
    });

    // A third case names 张伟 again and goes overdue.
    await cases.open({
      sellerEntityId: entityId,
      representativeId: zhang,
      site: 'TH',
      trigger: 'OTHER',
      noticeReceivedAt: '2026-12-01T01:55:00.000Z',
    });
    expect(await statuses()).toEqual({
      entity: 'AWAITING_BOOKING',
      zhang: 'AWAITING_BOOKING',
      li: 'NOT_REQUIRED',
    });
    api.clock.set('2026-12-05T00:00:00.000Z');
    expect(await statuses()).toEqual({ entity: 'OVERDUE', zhang: 'OVERDUE', li: 'NOT_REQUIRED' });
  });
});
