// One table of the portfolio operations that take an id, run three ways: with another agency's ids
// (NOT_FOUND, or an empty list for a filter, and nothing changed anywhere), by a VIEWER (FORBIDDEN on
// every write, reads allowed), and with a MANAGER API key (writes allowed).
import { failure } from '../../support/errors';
import { addMember, CREATE_API_KEY, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { createPortfolio, ok, OPEN_CASE, RECORD_DOCUMENT } from '../../support/portfolio';
import { GraphQLResponse, startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

const NOW = '2026-12-01T02:00:00.000Z';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let api: TestApi;
let usccSeed = 1300;
let unique = 0;

/** The ids an agency's portfolio offers: an entity with an open case, a spare entity, a scan. */
type Fixture = {
  agencyId: string;
  entityId: string;
  representativeId: string;
  storeId: string;
  documentId: string;
  caseId: string;
  spareEntityId: string;
  spareRepresentativeId: string;
  fileId: string;
  memberId: string;
};

async function fixture(agency: SignedUpAgency): Promise<Fixture> {
  const token = agency.token;
  const main = await createPortfolio(api, token, {
    uscc: makeUscc(usccSeed++),
    sites: ['TH', 'MY'],
    licenseExpiresOn: null,
  });
  const spare = await createPortfolio(api, token, {
    uscc: makeUscc(usccSeed++),
    sites: ['PH'],
    licenseExpiresOn: null,
  });
  const members = ok(await api.gql(`{ members { id role } }`, {}, { as: token }), 'members');
  const memberId = members.find((member: any) => member.role === 'OWNER').id;
  ok(
    await api.gql(
      `mutation U($id: ID!) { updateSellerEntity(id: $id, input: { managerId: "${memberId}" }) { id } }`,
      { id: main.entityId },
      { as: token },
    ),
    'updateSellerEntity',
  );
  const document = ok(
    await api.gql(
      RECORD_DOCUMENT,
      { input: { sellerEntityId: main.entityId, type: 'OTHER', expiresOn: '2026-12-10' } },
      { as: token },
    ),
    'recordDocument',
  );
  const opened = ok(
    await api.gql(
      OPEN_CASE,
      {
        input: {
          sellerEntityId: main.entityId,
          representativeId: main.representativeId,
          site: 'TH',
          trigger: 'OTHER',
          noticeReceivedAt: '2026-12-01T01:00:00.000Z',
        },
      },
      { as: token },
    ),
    'openVerificationCase',
  );
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)]), 'scan.pdf');
  const uploaded = await fetch(`${api.url}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const file = (await uploaded.json()) as { id: string };
  return {
    agencyId: agency.agencyId,
    entityId: main.entityId,
    representativeId: main.representativeId,
    storeId: main.storeIds.TH,
    documentId: document.id,
    caseId: opened.id,
    spareEntityId: spare.entityId,
    spareRepresentativeId: spare.representativeId,
    fileId: file.id,
    memberId,
  };
}

/** Every row of both agencies' portfolio tables, to prove a refused call changed nothing. */
async function snapshot(...agencyIds: string[]): Promise<string> {
  const tables = [
    'seller_entities',
    'representatives',
    'stores',
    'documents',
    'stored_files',
    'verification_cases',
    'attempts',
    'audit_events',
  ];
  const dump: Record<string, unknown[]> = {};
  await withAdminClient(async (client) => {
    for (const table of tables) {
      const { rows } = await client.query(
        `SELECT * FROM ${table} WHERE agency_id = ANY($1::uuid[]) ORDER BY id`,
        [agencyIds],
      );
      dump[table] = rows;
    }
  }, process.env.TEST_DATABASE_URL);
  return JSON.stringify(dump);
}

type Run = (target: Fixture, own: Fixture, token: string) => Promise<GraphQLResponse>;

const gql =
  (query: string, variables: (target: Fixture, own: Fixture) => Record<string, unknown>): Run =>
  (target, own, token) =>
    api.gql(query, variables(target, own), { as: token });

// Writes: `target` supplies the id under test, `own` the caller's own records where one is needed.
const WRITES: Record<string, Run> = {
  createSellerEntity: gql(
    `mutation M($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }`,
    (t) => ({
      input: {
        legalName: '新主体有限公司',
        uscc: makeUscc(9000 + unique++),
        registeredRepresentativeName: '张伟',
        managerId: t.memberId,
      },
    }),
  ),
  updateSellerEntity: gql(
    `mutation M($id: ID!) { updateSellerEntity(id: $id, input: { englishName: "Renamed" }) { id } }`,
    (t) => ({ id: t.entityId }),
  ),
  'updateSellerEntity.managerId': gql(
    `mutation M($id: ID!, $managerId: ID) { updateSellerEntity(id: $id, input: { managerId: $managerId }) { id } }`,
    (t, o) => ({ id: o.entityId, managerId: t.memberId }),
  ),
  archiveSellerEntity: gql(`mutation M($id: ID!) { archiveSellerEntity(id: $id) { id } }`, (t) => ({
    id: t.entityId,
  })),
  addRepresentative: gql(
    `mutation M($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }`,
    (t) => ({
      input: {
        sellerEntityId: t.entityId,
        fullName: '王芳',
        role: 'AUTHORIZED_SIGNATORY',
        idType: 'PASSPORT',
        idNumber: `E${String(1000000 + unique++)}`,
      },
    }),
  ),
  revealIdNumber: gql(`mutation M($id: ID!) { revealIdNumber(representativeId: $id) }`, (t) => ({
    id: t.representativeId,
  })),
  addStore: gql(`mutation M($input: AddStoreInput!) { addStore(input: $input) { id } }`, (t) => ({
    input: {
      sellerEntityId: t.entityId,
      site: 'VN',
      shopName: 'New shop',
      lazadaSellerId: `VN-NEW-${unique++}`,
    },
  })),
  updateStoreStatus: gql(
    `mutation M($input: UpdateStoreStatusInput!) { updateStoreStatus(input: $input) { id } }`,
    (t) => ({ input: { storeId: t.storeId, status: 'FROZEN' } }),
  ),
  recordDocument: gql(
    `mutation M($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
    (t) => ({ input: { sellerEntityId: t.entityId, type: 'ISO_CERTIFICATE' } }),
  ),
  'recordDocument.representativeId': gql(
    `mutation M($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
    (t, o) => ({
      input: {
        sellerEntityId: o.entityId,
        representativeId: t.representativeId,
        type: 'AUTHORIZATION_LETTER',
      },
    }),
  ),
  'recordDocument.fileId': gql(
    `mutation M($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
    (t, o) => ({ input: { sellerEntityId: o.entityId, type: 'OTHER', fileId: t.fileId } }),
  ),
  updateDocument: gql(
    `mutation M($id: ID!) { updateDocument(id: $id, input: { number: "N-2" }) { id } }`,
    (t) => ({ id: t.documentId }),
  ),
  'updateDocument.fileId': gql(
    `mutation M($id: ID!, $fileId: ID) { updateDocument(id: $id, input: { fileId: $fileId }) { id } }`,
    (t, o) => ({ id: o.documentId, fileId: t.fileId }),
  ),
  openVerificationCase: gql(
    `mutation M($input: OpenVerificationCaseInput!) { openVerificationCase(input: $input) { id } }`,
    (t) => ({
      input: {
        sellerEntityId: t.spareEntityId,
        representativeId: t.spareRepresentativeId,
        site: 'PH',
        trigger: 'OTHER',
        noticeReceivedAt: '2026-12-01T01:30:00.000Z',
      },
    }),
  ),
  'openVerificationCase.representativeId': gql(
    `mutation M($input: OpenVerificationCaseInput!) { openVerificationCase(input: $input) { id } }`,
    (t, o) => ({
      input: {
        sellerEntityId: o.spareEntityId,
        representativeId: t.spareRepresentativeId,
        site: 'PH',
        trigger: 'OTHER',
        noticeReceivedAt: '2026-12-01T01:30:00.000Z',
      },
    }),
  ),
  scheduleAppointment: gql(
    `mutation M($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`,
    (t) => ({ input: { caseId: t.caseId, startsAt: '2026-12-02T03:00:00.000Z' } }),
  ),
  recordAttempt: gql(
    `mutation M($input: RecordAttemptInput!) { recordAttempt(input: $input) { id } }`,
    (t) => ({
      input: {
        caseId: t.caseId,
        outcome: 'FAILED',
        occurredAt: '2026-12-01T01:45:00.000Z',
        failureReasons: ['OTHER'],
        freezeExtensionHours: 24,
      },
    }),
  ),
  updateChecklist: gql(
    `mutation M($input: ChecklistUpdateInput!) { updateChecklist(input: $input) { id } }`,
    (t) => ({ input: { caseId: t.caseId, key: 'no-vpn-proxy', done: true } }),
  ),
  cancelVerificationCase: gql(
    `mutation M($id: ID!) { cancelVerificationCase(id: $id) { id } }`,
    (t) => ({ id: t.caseId }),
  ),
};

// Reads: a single record (NOT_FOUND for another agency's id) or a list narrowed by an id (empty).
const SINGLE_READS: Record<string, Run> = {
  sellerEntity: gql(`query Q($id: ID!) { sellerEntity(id: $id) { id } }`, (t) => ({
    id: t.entityId,
  })),
  verificationCase: gql(`query Q($id: ID!) { verificationCase(id: $id) { id } }`, (t) => ({
    id: t.caseId,
  })),
};
const LIST_READS: Record<string, [Run, string]> = {
  'documents(sellerEntityId)': [
    gql(
      `query Q($id: ID) { documents(filter: { sellerEntityId: $id }) { totalCount edges { node { id } } } }`,
      (t) => ({ id: t.entityId }),
    ),
    'documents',
  ],
  'verificationCases(sellerEntityId)': [
    gql(
      `query Q($id: ID) { verificationCases(filter: { sellerEntityId: $id }) { totalCount edges { node { id } } } }`,
      (t) => ({ id: t.entityId }),
    ),
    'verificationCases',
  ],
  'affectedStores(sellerEntityId)': [
    gql(
      `query Q($id: ID) { affectedStores(filter: { sellerEntityId: $id }) { totalCount edges { node { store { id } } } } }`,
      (t) => ({ id: t.entityId }),
    ),
    'affectedStores',
  ],
  'sellerEntities(managerId)': [
    gql(
      `query Q($id: ID) { sellerEntities(filter: { managerId: $id }) { totalCount edges { node { id } } } }`,
      (t) => ({ id: t.memberId }),
    ),
    'sellerEntities',
  ],
  'verificationCases(managerId)': [
    gql(
      `query Q($id: ID) { verificationCases(filter: { managerId: $id }) { totalCount edges { node { id } } } }`,
      (t) => ({ id: t.memberId }),
    ),
    'verificationCases',
  ],
};

let agencyA: SignedUpAgency;
let agencyB: SignedUpAgency;
let a: Fixture;
let b: Fixture;
const tokens: Record<string, string> = {};

async function apiKey(owner: string, role: string): Promise<string> {
  return ok(
    await api.gql(CREATE_API_KEY, { input: { name: `${role} key`, role } }, { as: owner }),
    'createApiKey',
  ).secret;
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(NOW);
  agencyA = await signUpAgency(api, '深圳海拓跨境服务有限公司');
  agencyB = await signUpAgency(api, '杭州另一家服务商');
  a = await fixture(agencyA);
  b = await fixture(agencyB);
  tokens.VIEWER = (await addMember(api, agencyA.token, 'VIEWER')).token;
  tokens['VIEWER key'] = await apiKey(agencyA.token, 'VIEWER');
  tokens['MANAGER key'] = await apiKey(agencyA.token, 'MANAGER');
  tokens['ADMIN key'] = await apiKey(agencyA.token, 'ADMIN');
});
beforeEach(() => api.clock.set(NOW));
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe("another agency's ids behave as if they did not exist", () => {
  const idTaking = Object.keys(WRITES).filter((name) => name !== 'createSellerEntity');

  it.each(idTaking)('%s → NOT_FOUND, nothing changed in either agency', async (name) => {
    const before = await snapshot(a.agencyId, b.agencyId);
    const result = await WRITES[name](b, a, agencyA.token);
    expect(failure(result).code).toBe('NOT_FOUND');
    expect(await snapshot(a.agencyId, b.agencyId)).toBe(before);
  });

  it('createSellerEntity with a manager of another agency → NOT_FOUND, nothing written', async () => {
    const before = await snapshot(a.agencyId, b.agencyId);
    const result = await WRITES.createSellerEntity(b, a, agencyA.token);
    expect(failure(result).code).toBe('NOT_FOUND');
    expect(await snapshot(a.agencyId, b.agencyId)).toBe(before);
  });

  it.each(Object.keys(SINGLE_READS))('%s → NOT_FOUND', async (name) => {
    const result = await SINGLE_READS[name](b, a, agencyA.token);
    expect(failure(result).code).toBe('NOT_FOUND');
  });

  it.each(Object.keys(LIST_READS))('%s → an empty list', async (name) => {
    const [run, field] = LIST_READS[name];
    const theirs = ok(await run(b, a, agencyA.token), field);
    expect(theirs).toEqual({ totalCount: 0, edges: [] });
    // The same filter finds the records in their own agency.
    expect(ok(await run(b, b, agencyB.token), field).totalCount).toBeGreaterThan(0);
  });

  it("never lists another agency's records", async () => {
    const listed = JSON.stringify(
      (
        await api.gql(
          `{
            sellerEntities(filter: { includeArchived: true }) { edges { node { id stores { id } representatives { id } } } }
            documents(first: 100) { edges { node { id } } }
            verificationCases(first: 100) { edges { node { id } } }
            affectedStores(first: 100) { edges { node { store { id } } } }
          }`,
          {},
          { as: agencyA.token },
        )
      ).data,
    );
    for (const id of [
      b.entityId,
      b.spareEntityId,
      b.storeId,
      b.documentId,
      b.caseId,
      b.representativeId,
    ]) {
      expect(listed).not.toContain(id);
    }
    expect(listed).toContain(a.entityId);
  });
});

describe('a VIEWER reads but never writes', () => {
  it.each(
    Object.keys(WRITES).flatMap((name) => [
      [name, 'VIEWER'],
      [name, 'VIEWER key'],
    ]),
  )('%s by a %s → FORBIDDEN, nothing changed', async (name, caller) => {
    const before = await snapshot(a.agencyId);
    const result = await WRITES[name](a, a, tokens[caller]);
    expect(failure(result).code).toBe('FORBIDDEN');
    expect(await snapshot(a.agencyId)).toBe(before);
  });

  it.each(Object.keys(SINGLE_READS))('%s is readable by a VIEWER', async (name) => {
    const result = await SINGLE_READS[name](a, a, tokens.VIEWER);
    expect(result.errors).toBeUndefined();
  });

  it.each(Object.keys(LIST_READS))('%s is readable by a VIEWER', async (name) => {
    const [run, field] = LIST_READS[name];
    expect(ok(await run(a, a, tokens.VIEWER), field).totalCount).toBeGreaterThan(0);
  });
});

describe('an API key acts with its role', () => {
  it.each(Object.keys(WRITES).filter((name) => name !== 'revealIdNumber'))(
    '%s with a MANAGER key succeeds',
    async (name) => {
      const own = await fixture(agencyA); // fresh records: some writes archive, cancel or book
      const result = await WRITES[name](own, own, tokens['MANAGER key']);
      expect(result.errors).toBeUndefined();
    },
  );

  it('revealIdNumber needs OWNER or ADMIN: FORBIDDEN with a MANAGER key, allowed with an ADMIN key', async () => {
    const denied = await WRITES.revealIdNumber(a, a, tokens['MANAGER key']);
    expect(failure(denied).code).toBe('FORBIDDEN');
    const allowed = await WRITES.revealIdNumber(a, a, tokens['ADMIN key']);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.revealIdNumber).toBe('11010519491231002X');
  });
});
