import { failure, rowCounts, sql } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ADD_REPRESENTATIVE, CREATE_ENTITY, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

// 2026-12-01 12:00 in Shanghai: the agency's today is 2026-12-01.
const NOW = '2026-12-01T04:00:00.000Z';

let api: TestApi;
let usccSeed = 600;

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordDocumentInput!) {
    recordDocument(input: $input) {
      id
      type
      number
      issuedOn
      expiresOn
      status
      daysUntilExpiry
      sites
      representative {
        id
      }
      sellerEntity {
        id
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      id
      number
      issuedOn
      expiresOn
      status
      daysUntilExpiry
      sites
    }
  }
`;
const DOCUMENTS = /* GraphQL */ `
  query Documents($first: Int, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          expiresOn
          status
          daysUntilExpiry
        }
      }
    }
  }
`;
const ENTITY_DOCUMENTS = /* GraphQL */ `
  query EntityDocuments($id: ID!) {
    sellerEntity(id: $id) {
      documents {
        id
        expiresOn
        status
        daysUntilExpiry
      }
    }
  }
`;

async function newEntity(token: string): Promise<string> {
  return ok(
    await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '杭州兰亭贸易有限公司',
          uscc: makeUscc(usccSeed++),
          registeredRepresentativeName: '王芳',
        },
      },
      { as: token },
    ),
    'createSellerEntity',
  ).id;
}

async function record(token: string, input: Record<string, unknown>) {
  return ok(await api.gql(RECORD, { input }, { as: token }), 'recordDocument');
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(NOW);
});
afterAll(() => {
  api.clock.reset();
  return api.close();
});

describe('document status', () => {
  let agency: SignedUpAgency;
  let entityId: string;
  beforeAll(async () => {
    api.clock.set(NOW);
    agency = await signUpAgency(api);
    entityId = await newEntity(agency.token);
  });

  it.each([
    ['2026-11-30', 'EXPIRED', -1],
    ['2026-12-01', 'EXPIRING_SOON', 0],
    ['2026-12-02', 'EXPIRING_SOON', 1],
    ['2026-12-31', 'EXPIRING_SOON', 30],
    ['2027-01-01', 'VALID', 31],
    [null, 'VALID', null],
  ])('a document expiring on %s is %s with %s days left', async (expiresOn, status, days) => {
    const document = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'TRADEMARK_CERTIFICATE',
      expiresOn,
    });
    expect(document).toMatchObject({ expiresOn, status, daysUntilExpiry: days });
  });

  it("is valid through its expiry date, judged on the agency's today", async () => {
    const document = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'ISO_CERTIFICATE',
      expiresOn: '2026-12-31',
    });
    const statusAt = async (instant: string) => {
      api.clock.set(instant);
      const documents = ok(
        await api.gql(ENTITY_DOCUMENTS, { id: entityId }, { as: agency.token }),
        'sellerEntity',
      ).documents;
      return documents.find((candidate: any) => candidate.id === document.id);
    };
    try {
      // 23:59 in Shanghai on the expiry date: still valid.
      expect(await statusAt('2026-12-31T15:59:00.000Z')).toMatchObject({
        status: 'EXPIRING_SOON',
        daysUntilExpiry: 0,
      });
      // 00:00 in Shanghai the day after, while it is still 2026-12-31 in UTC.
      expect(await statusAt('2026-12-31T16:00:00.000Z')).toMatchObject({
        status: 'EXPIRED',
        daysUntilExpiry: -1,
      });
    } finally {
      api.clock.set(NOW);
    }
  });

  it("uses the agency's own warning window", async () => {
    const narrow = await signUpAgency(api);
    ok(
      await api.gql(
        `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { expiryWarningDays } }`,
        { input: { expiryWarningDays: 10 } },
        { as: narrow.token },
      ),
      'updateAgency',
    );
    const narrowEntity = await newEntity(narrow.token);
    const inTen = await record(narrow.token, {
      sellerEntityId: narrowEntity,
      type: 'OTHER',
      expiresOn: '2026-12-11',
    });
    const inEleven = await record(narrow.token, {
      sellerEntityId: narrowEntity,
      type: 'OTHER',
      expiresOn: '2026-12-12',
    });
    expect(inTen).toMatchObject({ status: 'EXPIRING_SOON', daysUntilExpiry: 10 });
    expect(inEleven).toMatchObject({ status: 'VALID', daysUntilExpiry: 11 });
    const soon = ok(
      await api.gql(DOCUMENTS, { filter: { status: 'EXPIRING_SOON' } }, { as: narrow.token }),
      'documents',
    );
    expect(soon.edges.map((edge: any) => edge.node.id)).toEqual([inTen.id]);
  });
});

describe('recording and updating', () => {
  let agency: SignedUpAgency;
  let entityId: string;
  beforeAll(async () => {
    api.clock.set(NOW);
    agency = await signUpAgency(api);
    entityId = await newEntity(agency.token);
  });

  it('records a document for every site when no sites are given, and for the named ones otherwise', async () => {
    const everySite = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'BUSINESS_LICENSE',
      number: ' 91440300MA5F ',
      issuedOn: '2020-01-01',
      expiresOn: '2030-01-01',
    });
    expect(everySite).toMatchObject({
      type: 'BUSINESS_LICENSE',
      number: '91440300MA5F',
      issuedOn: '2020-01-01',
      sites: [],
      representative: null,
      sellerEntity: { id: entityId },
    });
    const some = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'PRODUCT_FILING',
      sites: ['MY', 'TH', 'MY'],
    });
    expect([...some.sites].sort()).toEqual(['MY', 'TH']);
  });

  it('refuses an expiry before the issue date (BEFORE_ISSUE) and writes nothing', async () => {
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      RECORD,
      {
        input: {
          sellerEntityId: entityId,
          type: 'ISO_CERTIFICATE',
          issuedOn: '2026-06-01',
          expiresOn: '2026-05-31',
        },
      },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['expiresOn:BEFORE_ISSUE'] });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('reports an ID card without its representative, an expiry before issue and a long number together', async () => {
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      RECORD,
      {
        input: {
          sellerEntityId: entityId,
          type: 'RESIDENT_ID_CARD',
          number: 'N'.repeat(101),
          issuedOn: '2026-06-01',
          expiresOn: '2026-05-31',
        },
      },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['representativeId:REQUIRED', 'number:TOO_LONG', 'expiresOn:BEFORE_ISSUE'],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('refuses a representative of another entity (OTHER_ENTITY) and writes nothing', async () => {
    const otherEntity = await newEntity(agency.token);
    const stranger = ok(
      await api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: otherEntity,
            fullName: '王芳',
            role: 'LEGAL_REPRESENTATIVE',
            idType: 'PASSPORT',
            idNumber: 'E7654321',
          },
        },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    const before = await rowCounts(agency.agencyId);
    const result = await api.gql(
      RECORD,
      {
        input: {
          sellerEntityId: entityId,
          representativeId: stranger.id,
          type: 'AUTHORIZATION_LETTER',
          expiresOn: '2027-01-01',
        },
      },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['representativeId:OTHER_ENTITY'],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('links a representative of the same entity', async () => {
    const representative = ok(
      await api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: entityId,
            fullName: '王芳',
            role: 'AUTHORIZED_SIGNATORY',
            idType: 'PASSPORT',
            idNumber: 'E1122334',
          },
        },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    const letter = await record(agency.token, {
      sellerEntityId: entityId,
      representativeId: representative.id,
      type: 'AUTHORIZATION_LETTER',
      expiresOn: '2027-06-30',
    });
    expect(letter.representative).toEqual({ id: representative.id });
  });

  it('updates number, dates and sites; the status follows the new expiry', async () => {
    const document = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'TAX_REGISTRATION',
      number: 'NPWP-1',
      expiresOn: '2027-12-31',
      sites: ['ID'],
    });
    expect(document.status).toBe('VALID');
    const updated = ok(
      await api.gql(
        UPDATE,
        {
          id: document.id,
          input: { number: 'NPWP-2', expiresOn: '2026-12-10', sites: [] },
        },
        { as: agency.token },
      ),
      'updateDocument',
    );
    expect(updated).toEqual({
      id: document.id,
      number: 'NPWP-2',
      issuedOn: null,
      expiresOn: '2026-12-10',
      status: 'EXPIRING_SOON',
      daysUntilExpiry: 9,
      sites: [],
    });
    const events = await sql(
      `SELECT changes FROM audit_events WHERE agency_id = $1 AND subject_id = $2 AND action = 'document.update'`,
      [agency.agencyId, document.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({ number: 'NPWP-2', expiresOn: '2026-12-10' });
  });

  it('refuses an update that puts the expiry before the issue date, and changes nothing', async () => {
    const document = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'ISO_CERTIFICATE',
      number: 'ISO-9001',
      issuedOn: '2025-01-01',
      expiresOn: '2028-01-01',
    });
    const result = await api.gql(
      UPDATE,
      { id: document.id, input: { number: 'ISO-14001', expiresOn: '2024-12-31' } },
      { as: agency.token },
    );
    expect(failure(result)).toEqual({ code: 'BAD_USER_INPUT', fields: ['expiresOn:BEFORE_ISSUE'] });
    const [row] = await sql(`SELECT number, expires_on::text FROM documents WHERE id = $1`, [
      document.id,
    ]);
    expect(row).toEqual({ number: 'ISO-9001', expires_on: '2028-01-01' });
  });

  it("moves the representative's ID expiry with their ID card", async () => {
    const representative = ok(
      await api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: entityId,
            fullName: '王芳',
            role: 'LEGAL_REPRESENTATIVE',
            idType: 'CN_RESIDENT_ID',
            idNumber: '440308199901011234',
            idExpiresOn: '2026-12-20',
          },
        },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    const [card] = representative.documents;
    expect(card).toMatchObject({ type: 'RESIDENT_ID_CARD', expiresOn: '2026-12-20' });
    ok(
      await api.gql(UPDATE, { id: card.id, input: { expiresOn: null } }, { as: agency.token }),
      'updateDocument',
    );
    const renewed = ok(
      await api.gql(
        `query E($id: ID!) { sellerEntity(id: $id) { representatives { id idExpiresOn } } }`,
        { id: entityId },
        { as: agency.token },
      ),
      'sellerEntity',
    ).representatives.find((candidate: any) => candidate.id === representative.id);
    expect(renewed.idExpiresOn).toBeNull();
  });

  it('clears an expiry with null: the document becomes long-term', async () => {
    const document = await record(agency.token, {
      sellerEntityId: entityId,
      type: 'BANK_ACCOUNT_PROOF',
      expiresOn: '2026-11-01',
    });
    expect(document.status).toBe('EXPIRED');
    const updated = ok(
      await api.gql(UPDATE, { id: document.id, input: { expiresOn: null } }, { as: agency.token }),
      'updateDocument',
    );
    expect(updated).toMatchObject({ expiresOn: null, status: 'VALID', daysUntilExpiry: null });
  });
});

describe('listing documents', () => {
  let agency: SignedUpAgency;
  const doc: Record<string, string> = {};
  let entityA: string;
  let entityB: string;
  let archivedEntity: string;

  beforeAll(async () => {
    api.clock.set(NOW);
    agency = await signUpAgency(api);
    entityA = await newEntity(agency.token);
    entityB = await newEntity(agency.token);
    archivedEntity = await newEntity(agency.token);
    const add = async (key: string, input: Record<string, unknown>) => {
      doc[key] = (await record(agency.token, input)).id;
    };
    await add('licenceA', {
      sellerEntityId: entityA,
      type: 'BUSINESS_LICENSE',
      expiresOn: '2027-03-11',
    }); // +100
    await add('filingMY', {
      sellerEntityId: entityA,
      type: 'PRODUCT_FILING',
      expiresOn: '2026-12-06', // +5
      sites: ['MY'],
    });
    await add('filingTH', {
      sellerEntityId: entityA,
      type: 'PRODUCT_FILING',
      expiresOn: '2026-11-28', // -3
      sites: ['TH'],
    });
    await add('isoA', { sellerEntityId: entityA, type: 'ISO_CERTIFICATE', expiresOn: null });
    await add('licenceB', {
      sellerEntityId: entityB,
      type: 'BUSINESS_LICENSE',
      expiresOn: '2026-12-21',
    }); // +20
    await add('dtiB', {
      sellerEntityId: entityB,
      type: 'DTI_REGISTRATION',
      expiresOn: '2027-01-01', // +31
      sites: ['PH'],
    });
    await add('bankB', { sellerEntityId: entityB, type: 'BANK_ACCOUNT_PROOF', expiresOn: null });
    await add('archived', {
      sellerEntityId: archivedEntity,
      type: 'BUSINESS_LICENSE',
      expiresOn: '2026-12-02',
    });
    ok(
      await api.gql(
        `mutation A($id: ID!) { archiveSellerEntity(id: $id) { id } }`,
        { id: archivedEntity },
        { as: agency.token },
      ),
      'archiveSellerEntity',
    );
  });
  beforeEach(() => api.clock.set(NOW));

  const list = async (filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}) =>
    ok(await api.gql(DOCUMENTS, { filter, ...page }, { as: agency.token }), 'documents');
  const names = (connection: any) =>
    connection.edges.map(
      (edge: any) => Object.entries(doc).find(([, id]) => id === edge.node.id)?.[0] ?? edge.node.id,
    );

  it('lists the soonest expiry first and long-term ones last, leaving out archived entities', async () => {
    const all = await list();
    expect(names(all).slice(0, 5)).toEqual([
      'filingTH',
      'filingMY',
      'licenceB',
      'dtiB',
      'licenceA',
    ]);
    expect(names(all).slice(5).sort()).toEqual(['bankB', 'isoA']);
    expect(all.totalCount).toBe(7);
  });

  it('filters by status', async () => {
    expect(names(await list({ status: 'EXPIRED' }))).toEqual(['filingTH']);
    expect(names(await list({ status: 'EXPIRING_SOON' }))).toEqual(['filingMY', 'licenceB']);
    const valid = await list({ status: 'VALID' });
    expect(names(valid).slice(0, 2)).toEqual(['dtiB', 'licenceA']);
    expect(names(valid).slice(2).sort()).toEqual(['bankB', 'isoA']);
  });

  it('filters by type', async () => {
    expect(names(await list({ type: 'PRODUCT_FILING' }))).toEqual(['filingTH', 'filingMY']);
    expect(names(await list({ type: 'BUSINESS_LICENSE' }))).toEqual(['licenceB', 'licenceA']);
  });

  it('filters by site: documents for that site and documents with no sites (every site)', async () => {
    const my = await list({ site: 'MY' });
    expect(names(my).slice(0, 3)).toEqual(['filingMY', 'licenceB', 'licenceA']);
    expect(names(my).slice(3).sort()).toEqual(['bankB', 'isoA']);
    const ph = await list({ site: 'PH' });
    expect(names(ph).slice(0, 3)).toEqual(['licenceB', 'dtiB', 'licenceA']);
    expect(ph.totalCount).toBe(5);
  });

  it('filters by entity', async () => {
    expect(names(await list({ sellerEntityId: entityB }))).toEqual(['licenceB', 'dtiB', 'bankB']);
    expect((await list({ sellerEntityId: archivedEntity })).totalCount).toBe(0);
  });

  it('filters documents expired or expiring within N days', async () => {
    expect(names(await list({ expiringWithinDays: 5 }))).toEqual(['filingTH', 'filingMY']);
    expect(names(await list({ expiringWithinDays: 20 }))).toEqual([
      'filingTH',
      'filingMY',
      'licenceB',
    ]);
    expect(names(await list({ expiringWithinDays: 4 }))).toEqual(['filingTH']);
  });

  it('combines filters', async () => {
    expect(names(await list({ site: 'TH', status: 'EXPIRING_SOON' }))).toEqual(['licenceB']);
    expect(
      names(await list({ sellerEntityId: entityA, type: 'PRODUCT_FILING', site: 'MY' })),
    ).toEqual(['filingMY']);
  });

  it.each([1, 2, 3])(
    'pages %s at a time, returning every document exactly once in order',
    async (size) => {
      const expected = names(await list({}, { first: 100 }));
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await list({}, { first: size, after });
        expect(result.totalCount).toBe(7);
        expect(result.edges.length).toBeLessThanOrEqual(size);
        seen.push(...names(result));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    },
  );

  it('pages through documents sharing an expiry date without losing or repeating one', async () => {
    const tied = await signUpAgency(api);
    const tiedEntity = await newEntity(tied.token);
    const created: string[] = [];
    for (const expiresOn of ['2027-02-01', '2027-02-01', '2027-02-01', null, '2027-02-01', null]) {
      created.push(
        (await record(tied.token, { sellerEntityId: tiedEntity, type: 'OTHER', expiresOn })).id,
      );
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = ok(
        await api.gql(DOCUMENTS, { first: 2, after }, { as: tied.token }),
        'documents',
      );
      seen.push(...result.edges.map((edge: any) => edge.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen)).toEqual(new Set(created));
  });

  it('pages a filtered list', async () => {
    const first = await list({ site: 'MY' }, { first: 2 });
    const second = await list({ site: 'MY' }, { first: 2, after: first.pageInfo.endCursor });
    const third = await list({ site: 'MY' }, { first: 2, after: second.pageInfo.endCursor });
    expect([...names(first), ...names(second), ...names(third)]).toEqual(
      names(await list({ site: 'MY' })),
    );
    expect(third.pageInfo.hasNextPage).toBe(false);
  });
});
