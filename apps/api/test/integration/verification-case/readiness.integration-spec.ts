// Readiness rules are unit-tested in libs/domain; these prove the API feeds them the right facts
// (documents, stores, the appointment's date in the agency's zone, the site's clock).
import { caseClient } from '../../support/cases';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import {
  ADD_REPRESENTATIVE,
  ADD_STORE,
  CREATE_ENTITY,
  ok,
  RECORD_DOCUMENT,
} from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

const NOW = '2026-12-01T02:00:00.000Z'; // 10:00 in Shanghai, today 2026-12-01

const READINESS = /* GraphQL */ `
  query Readiness($id: ID!) {
    verificationCase(id: $id) {
      readiness {
        ready
        issues {
          code
          severity
          message
          subjectId
        }
      }
    }
  }
`;

let api: TestApi;
let agency: SignedUpAgency;
let cases: ReturnType<typeof caseClient>;
let usccSeed = 1200;

type Setup = {
  registeredName?: string;
  fullName?: string;
  idType?: string;
  idExpiresOn?: string | null;
  licenseExpiresOn?: string | null;
  stores?: Array<{ site: string; categories: string[] }>;
  site?: string;
};

/** An entity with one representative, stores and (unless undefined) a licence, and its open case. */
async function caseWith(setup: Setup = {}) {
  const gql = async (query: string, input: Record<string, unknown>, field: string) =>
    ok(await api.gql(query, { input }, { as: agency.token }), field);
  const entity = await gql(
    CREATE_ENTITY,
    {
      legalName: '深圳市海拓电子商务有限公司',
      uscc: makeUscc(usccSeed++),
      registeredRepresentativeName: setup.registeredName ?? '张伟',
      businessScope: ['home-appliances', 'cosmetics'],
    },
    'createSellerEntity',
  );
  const representative = await gql(
    ADD_REPRESENTATIVE,
    {
      sellerEntityId: entity.id,
      fullName: setup.fullName ?? '张伟',
      role: 'LEGAL_REPRESENTATIVE',
      idType: setup.idType ?? 'CN_RESIDENT_ID',
      idNumber: setup.idType === 'PASSPORT' ? 'E99887766' : '11010519491231002X',
      idExpiresOn: setup.idExpiresOn === undefined ? '2035-01-01' : setup.idExpiresOn,
    },
    'addRepresentative',
  );
  const storeIds: Record<string, string> = {};
  for (const [index, store] of (
    setup.stores ?? [{ site: 'TH', categories: ['home-appliances'] }]
  ).entries()) {
    storeIds[store.site] = (
      await gql(
        ADD_STORE,
        {
          sellerEntityId: entity.id,
          site: store.site,
          shopName: `Haituo ${store.site}`,
          lazadaSellerId: `S${usccSeed}${index}`,
          categories: store.categories,
        },
        'addStore',
      )
    ).id;
  }
  let licenseId: string | null = null;
  if (setup.licenseExpiresOn !== undefined) {
    licenseId = (
      await gql(
        RECORD_DOCUMENT,
        { sellerEntityId: entity.id, type: 'BUSINESS_LICENSE', expiresOn: setup.licenseExpiresOn },
        'recordDocument',
      )
    ).id;
  }
  const opened = await cases.open({
    sellerEntityId: entity.id,
    representativeId: representative.id,
    site: setup.site ?? 'TH',
    trigger: 'REGISTRATION_MISMATCH',
    noticeReceivedAt: '2026-12-01T01:00:00.000Z',
  });
  return {
    caseId: opened.id as string,
    entityId: entity.id as string,
    representativeId: representative.id as string,
    idDocumentId: representative.documents[0]?.id as string | undefined,
    licenseId,
    storeIds,
  };
}

async function readiness(caseId: string) {
  return ok(await api.gql(READINESS, { id: caseId }, { as: agency.token }), 'verificationCase')
    .readiness as {
    ready: boolean;
    issues: Array<{ code: string; severity: string; subjectId: string }>;
  };
}
const codes = (result: { issues: Array<{ code: string }> }) =>
  result.issues.map((issue) => issue.code);

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

describe('readiness through the API', () => {
  it('is ready, with warnings only, when nothing would fail the call', async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null });
    await cases.schedule(caseId, '2026-12-02T03:00:00.000Z'); // 10:00 Bangkok
    const result = await readiness(caseId);
    expect(result.ready).toBe(true);
    expect(result.issues.every((issue) => issue.severity === 'WARNING')).toBe(true);
    expect(codes(result)).toEqual(['CHECKLIST_INCOMPLETE']);
  });

  it('without a slot: NO_APPOINTMENT blocks the call', async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null });
    const result = await readiness(caseId);
    expect(result.ready).toBe(false);
    expect(result.issues[0]).toMatchObject({
      code: 'NO_APPOINTMENT',
      severity: 'BLOCKER',
      subjectId: caseId,
    });
  });

  it('without a business licence: LICENSE_MISSING', async () => {
    const { caseId, entityId } = await caseWith();
    await cases.schedule(caseId, '2026-12-02T03:00:00.000Z');
    const result = await readiness(caseId);
    expect(result.issues[0]).toMatchObject({
      code: 'LICENSE_MISSING',
      severity: 'BLOCKER',
      subjectId: entityId,
    });
  });

  it('dates LICENSE_EXPIRING_SOON at the appointment: 32 days today, 30 on the day of the call', async () => {
    const { caseId, licenseId } = await caseWith({ licenseExpiresOn: '2027-01-02' });
    expect(codes(await readiness(caseId))).not.toContain('LICENSE_EXPIRING_SOON');
    await cases.schedule(caseId, '2026-12-03T03:00:00.000Z');
    const result = await readiness(caseId);
    expect(result.ready).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'LICENSE_EXPIRING_SOON',
        severity: 'BLOCKER',
        subjectId: licenseId,
      }),
    );
  });

  it('flags LICENSE_EXPIRED for a licence that has expired', async () => {
    const { caseId, licenseId } = await caseWith({ licenseExpiresOn: '2026-11-30' });
    expect((await readiness(caseId)).issues).toContainEqual(
      expect.objectContaining({
        code: 'LICENSE_EXPIRED',
        severity: 'BLOCKER',
        subjectId: licenseId,
      }),
    );
  });

  it('flags ID_EXPIRES_BEFORE_APPOINTMENT for an ID valid today but not on the day of the call', async () => {
    const { caseId, idDocumentId } = await caseWith({
      licenseExpiresOn: null,
      idExpiresOn: '2026-12-02',
    });
    expect(codes(await readiness(caseId))).not.toContain('ID_EXPIRES_BEFORE_APPOINTMENT');
    await cases.schedule(caseId, '2026-12-03T03:00:00.000Z');
    const result = await readiness(caseId);
    expect(result.ready).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'ID_EXPIRES_BEFORE_APPOINTMENT',
        severity: 'BLOCKER',
        subjectId: idDocumentId,
      }),
    );
    expect(codes(result)).not.toContain('ID_EXPIRED');
  });

  it("dates the appointment in the agency's zone: 16:30 UTC on the 2nd is already the 3rd in Shanghai", async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null, idExpiresOn: '2026-12-02' });
    await cases.schedule(caseId, '2026-12-02T15:30:00.000Z'); // 23:30 Shanghai, the 2nd: still valid
    expect(codes(await readiness(caseId))).not.toContain('ID_EXPIRES_BEFORE_APPOINTMENT');
    await cases.schedule(caseId, '2026-12-02T16:30:00.000Z'); // 00:30 Shanghai, the 3rd
    expect(codes(await readiness(caseId))).toContain('ID_EXPIRES_BEFORE_APPOINTMENT');
  });

  it('flags ID_EXPIRED for an ID that expired before today', async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null, idExpiresOn: '2026-11-30' });
    expect(codes(await readiness(caseId))).toContain('ID_EXPIRED');
  });

  it('compares the representative with the registered name ignoring spaces and Latin case', async () => {
    const { caseId, entityId, representativeId } = await caseWith({
      licenseExpiresOn: null,
      fullName: 'Zhang Wei',
      idType: 'PASSPORT',
      idExpiresOn: null,
      registeredName: 'ZHANGWEI',
    });
    const register = async (registeredRepresentativeName: string) =>
      ok(
        await api.gql(
          `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
          { id: entityId, input: { registeredRepresentativeName } },
          { as: agency.token },
        ),
        'updateSellerEntity',
      );
    expect(codes(await readiness(caseId))).not.toContain('REPRESENTATIVE_NAME_MISMATCH');
    await register('zhang  wei');
    expect(codes(await readiness(caseId))).not.toContain('REPRESENTATIVE_NAME_MISMATCH');
    await register('Zhang Wu');
    expect((await readiness(caseId)).issues).toContainEqual(
      expect.objectContaining({
        code: 'REPRESENTATIVE_NAME_MISMATCH',
        severity: 'BLOCKER',
        subjectId: representativeId,
      }),
    );
  });

  it('flags REPRESENTATIVE_NAME_MISMATCH for a different Chinese name', async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null, registeredName: '张 卫' });
    expect(codes(await readiness(caseId))).toContain('REPRESENTATIVE_NAME_MISMATCH');
  });

  it('flags PRODUCT_FILING_MISSING only for the store whose site has no valid filing', async () => {
    const { caseId, entityId, storeIds } = await caseWith({
      licenseExpiresOn: null,
      site: 'MY',
      stores: [
        { site: 'MY', categories: ['Cosmetics'] },
        { site: 'SG', categories: ['cosmetics'] },
      ],
    });
    ok(
      await api.gql(
        RECORD_DOCUMENT,
        {
          input: {
            sellerEntityId: entityId,
            type: 'PRODUCT_FILING',
            number: '粤G妆网备字2026000001',
            expiresOn: '2028-01-01',
            sites: ['MY'],
          },
        },
        { as: agency.token },
      ),
      'recordDocument',
    );
    const filingIssues = (await readiness(caseId)).issues.filter(
      (issue) => issue.code === 'PRODUCT_FILING_MISSING',
    );
    expect(filingIssues).toEqual([
      expect.objectContaining({ severity: 'WARNING', subjectId: storeIds.SG }),
    ]);
  });

  it('warns APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS for a 14:00 Bangkok slot, not for 10:00', async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null, site: 'TH' });
    await cases.schedule(caseId, '2026-12-02T07:00:00.000Z'); // 14:00 in Bangkok, 15:00 in Shanghai
    const result = await readiness(caseId);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS',
        severity: 'WARNING',
        subjectId: caseId,
      }),
    );
    expect(result.ready).toBe(true);
    await cases.schedule(caseId, '2026-12-02T03:00:00.000Z'); // 10:00 in Bangkok
    expect(codes(await readiness(caseId))).not.toContain('APPOINTMENT_OUTSIDE_RECOMMENDED_HOURS');
  });

  it('drops CHECKLIST_INCOMPLETE once every item is ticked', async () => {
    const { caseId } = await caseWith({ licenseExpiresOn: null });
    const view = await cases.view(caseId);
    for (const item of view.checklist) await cases.tick(caseId, item.key);
    expect(codes(await readiness(caseId))).not.toContain('CHECKLIST_INCOMPLETE');
  });
});
