import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import {
  ADD_REPRESENTATIVE,
  CREATE_ENTITY,
  ok,
  OPEN_CASE,
  RECORD_DOCUMENT,
  RESIDENT_IDS,
} from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;
let statements: string[] = [];
let entityId: string;

// Everything the dashboard shows of an entity, as a list item and as a page.
const ENTITY_FIELDS = /* GraphQL */ `
          id
          legalName
          verificationStatus
          manager {
            id
          }
          stores {
            id
            site
            status
            sellerEntity {
              id
            }
          }
          representatives {
            id
            idNumberMasked
            verificationStatus
            documents {
              id
              status
            }
          }
          documents {
            id
            type
            status
            daysUntilExpiry
            file {
              id
            }
          }
          businessLicense {
            id
            expiresOn
            status
          }
          verificationCases {
            id
            status
            hoursRemaining
            appointment {
              startsAtSiteLocal
            }
            attempts {
              id
            }
            readiness {
              ready
              issues {
                code
                severity
              }
            }
            affectedStores {
              id
            }
            representative {
              id
            }
          }
`;

const PAGE = /* GraphQL */ `
  query Page($first: Int) {
    sellerEntities(first: $first) {
      totalCount
      edges {
        node {
          ${ENTITY_FIELDS}
        }
      }
    }
  }
`;

const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    sellerEntity(id: $id) {
      ${ENTITY_FIELDS}
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  const header =
    'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';
  const rows = Array.from({ length: 50 }, (_, n) => [
    `${makeUscc(n)},主体${n},张伟,cosmetics,2027-0${(n % 9) + 1}-15,TH,店铺${n} TH,TH${n},cosmetics`,
    `${makeUscc(n)},主体${n},张伟,cosmetics,2027-0${(n % 9) + 1}-15,MY,店铺${n} MY,MY${n},cosmetics`,
  ]).flat();
  ok(
    await api.gql(
      `mutation I($csv: String!) { importPortfolio(csv: $csv) { created } }`,
      { csv: [header, ...rows].join('\n') },
      { as: agency.token },
    ),
    'importPortfolio',
  );
  const entities = ok(
    await api.gql(
      `{ sellerEntities(first: 100) { edges { node { id } } } }`,
      {},
      { as: agency.token },
    ),
    'sellerEntities',
  );
  entityId = entities.edges[0].node.id;
  const caseIds: string[] = [];
  for (const edge of entities.edges) {
    const representative = ok(
      await api.gql(
        ADD_REPRESENTATIVE,
        {
          input: {
            sellerEntityId: edge.node.id,
            fullName: '张伟',
            role: 'LEGAL_REPRESENTATIVE',
            idType: 'CN_RESIDENT_ID',
            idNumber: RESIDENT_IDS[0],
          },
        },
        { as: agency.token },
      ),
      'addRepresentative',
    );
    const opened = ok(
      await api.gql(
        OPEN_CASE,
        {
          input: {
            sellerEntityId: edge.node.id,
            representativeId: representative.id,
            site: 'TH',
            trigger: 'OTHER',
            noticeReceivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          },
        },
        { as: agency.token },
      ),
      'openVerificationCase',
    );
    caseIds.push(opened.id);
  }
  // Some entities with an account manager, one whose newest case failed (its status needs the
  // case's attempts).
  const [owner] = ok(await api.gql(`{ members { id } }`, {}, { as: agency.token }), 'members');
  for (const edge of entities.edges.slice(0, 3)) {
    ok(
      await api.gql(
        `mutation M($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
        { id: edge.node.id, input: { managerId: owner.id } },
        { as: agency.token },
      ),
      'updateSellerEntity',
    );
  }
  ok(
    await api.gql(
      `mutation A($input: RecordAttemptInput!) { recordAttempt(input: $input) { id } }`,
      {
        input: {
          caseId: caseIds[1],
          outcome: 'FAILED',
          failureReasons: ['AUDIO_UNCLEAR'],
          freezeExtensionHours: 24,
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        },
      },
      { as: agency.token },
    ),
    'recordAttempt',
  );
  // Count every statement the API's DataSource sends.
  const dataSource = api.app.get(DataSource);
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
    statements.push(args[0]);
    return original(...args);
  };
}, 120_000);
afterAll(() => api.close());

async function statementsFor(first: number): Promise<string[]> {
  statements = [];
  const result = await api.gql(PAGE, { first }, { as: agency.token });
  expect(result.errors).toBeUndefined();
  expect(result.data!.sellerEntities.edges).toHaveLength(first);
  return statements;
}

describe('a page of entities with everything on it', () => {
  it('takes the same number of SQL statements for 50 entities as for 5', async () => {
    const five = (await statementsFor(5)).length;
    const fifty = await statementsFor(50);
    console.log(`SQL statements per page: 5 entities → ${five}, 50 entities → ${fifty.length}`);
    expect(fifty).toHaveLength(five);
    expect(fifty.length).toBeLessThan(25);
  });

  it('reads the whole page in one read-only transaction, not one per batch', async () => {
    const page = await statementsFor(50);
    const begins = page.filter((statement) => /^(START TRANSACTION|BEGIN)/i.test(statement));
    // One message opens it and enters the agency (enterAgencySql): one round trip, not two.
    expect(begins).toHaveLength(1);
    expect(begins[0]).toMatch(
      /^START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT set_config\('role', 'veridesk_app', true\), set_config\('app\.agency_id', '[0-9a-f-]{36}', true\)$/,
    );
    expect(page[0]).toBe(begins[0]);
    expect(page.at(-1)).toBe('ROLLBACK');
    expect(page.filter((statement) => statement === 'COMMIT')).toHaveLength(0);
  });

  it("never reads the agency's settings in the request, however many fields need today's date", async () => {
    // AgencyClock reads them once per request at most, and the API remembers them beside the
    // credentials (on the system role's pool): a warm request's transaction reads none.
    const agencyReads = (page: string[]) =>
      page.filter((statement) => /FROM "agencies"/.test(statement)).length;
    expect(agencyReads(await statementsFor(50))).toBe(0);
    statements = [];
    const result = await api.gql(ENTITY, { id: entityId }, { as: agency.token });
    expect(result.errors).toBeUndefined();
    expect(result.data!.sellerEntity.verificationCases).toHaveLength(1);
    expect(agencyReads(statements)).toBe(0);
  });
});

// The entity's relations a list loads for its whole page before its rows resolve.
const RELATIONS = [
  'verificationStatus',
  'manager',
  'stores',
  'representatives',
  'documents',
  'businessLicense',
  'verificationCases',
];

/** Counts, per SellerEntity field, the answers its resolver gave as values and as promises. */
function watchRelations() {
  const type = api.app.get(GraphQLSchemaHost).schema.getType('SellerEntity') as GraphQLObjectType;
  const answers = Object.fromEntries(RELATIONS.map((name) => [name, { values: 0, promises: 0 }]));
  const originals = new Map<string, GraphQLFieldResolver<unknown, unknown>>();
  for (const name of RELATIONS) {
    const field = type.getFields()[name];
    const original = field.resolve!;
    originals.set(name, original);
    field.resolve = (...args) => {
      const answer = original(...args) as { then?: unknown } | null;
      answers[name][typeof answer?.then === 'function' ? 'promises' : 'values'] += 1;
      return answer;
    };
  }
  const restore = () => {
    for (const [name, original] of originals) type.getFields()[name].resolve = original;
  };
  return { answers, restore };
}

describe("a list's relations", () => {
  it('answer as values once the page has loaded them, not as a promise per row', async () => {
    const watch = watchRelations();
    try {
      await statementsFor(50);
      for (const name of RELATIONS)
        expect([name, watch.answers[name]]).toEqual([name, { values: 50, promises: 0 }]);
      // One entity on its own is not a page: its fields still batch, as promises.
      const one = await api.gql(ENTITY, { id: entityId }, { as: agency.token });
      expect(one.errors).toBeUndefined();
      expect(watch.answers.stores).toEqual({ values: 50, promises: 1 });
    } finally {
      watch.restore();
    }
  });

  it('are the same whether the page loaded them or each entity did', async () => {
    // hoursRemaining follows the clock between the two requests; everything else must agree.
    const timeless = (entity: { verificationCases: Array<Record<string, unknown>> }) => ({
      ...entity,
      verificationCases: entity.verificationCases.map((verificationCase) => ({
        ...verificationCase,
        hoursRemaining: undefined,
      })),
    });
    const page = ok(await api.gql(PAGE, { first: 50 }, { as: agency.token }), 'sellerEntities');
    for (const edge of page.edges.slice(0, 5)) {
      const alone = ok(
        await api.gql(ENTITY, { id: edge.node.id }, { as: agency.token }),
        'sellerEntity',
      );
      expect(timeless(edge.node)).toEqual(timeless(alone));
    }
    const managed = page.edges.filter((edge: any) => edge.node.manager);
    expect(managed).toHaveLength(3);
    expect(
      page.edges.map(
        (edge: { node: { verificationStatus: string } }) => edge.node.verificationStatus,
      ),
    ).toEqual(expect.arrayContaining(['AWAITING_BOOKING', 'FAILED']));
  });

  it('are read only when the query asks for them, through fragments, aliases and directives', async () => {
    const relationTables =
      /\b(stores|documents|verification_cases|attempts|representatives|memberships)\b/;
    const run = async (query: string, variables: Record<string, unknown> = {}) => {
      statements = [];
      const result = await api.gql(query, variables, { as: agency.token });
      expect(result.errors).toBeUndefined();
      return statements.filter((statement) => relationTables.test(statement));
    };
    expect(
      await run('{ sellerEntities(first: 50) { totalCount edges { node { id legalName } } } }'),
    ).toEqual([]);
    const watch = watchRelations();
    try {
      const read = await run(
        /* GraphQL */ `
          query ($withStores: Boolean!) {
            sellerEntities(first: 50) {
              edges {
                node {
                  ...Shops
                  licence: businessLicense {
                    id
                  }
                  documents @skip(if: true) {
                    id
                  }
                }
              }
            }
          }
          fragment Shops on SellerEntity {
            id
            stores @include(if: $withStores) {
              id
            }
          }
        `,
        { withStores: true },
      );
      // The stores and the documents (the licence is one of them), each in one statement.
      expect(read).toHaveLength(2);
      expect(watch.answers.stores).toEqual({ values: 50, promises: 0 });
      expect(watch.answers.businessLicense).toEqual({ values: 50, promises: 0 });
      expect(watch.answers.documents).toEqual({ values: 0, promises: 0 });
    } finally {
      watch.restore();
    }
  });

  it('give each entity the licence recorded last, or none, when the page reads licences only', async () => {
    const listed = ok(
      await api.gql(
        `{ sellerEntities(first: 3) { edges { node { id } } } }`,
        {},
        { as: agency.token },
      ),
      'sellerEntities',
    );
    const renewed = listed.edges[2].node.id;
    // Recorded after the imported one, though it expires sooner: the later record is current.
    const renewal = ok(
      await api.gql(
        RECORD_DOCUMENT,
        { input: { sellerEntityId: renewed, type: 'BUSINESS_LICENSE', expiresOn: '2027-01-31' } },
        { as: agency.token },
      ),
      'recordDocument',
    );
    const unlicensed = ok(
      await api.gql(
        CREATE_ENTITY,
        {
          input: {
            uscc: makeUscc(90),
            legalName: '无执照主体',
            registeredRepresentativeName: '王芳',
            businessScope: [],
          },
        },
        { as: agency.token },
      ),
      'createSellerEntity',
    );
    const licences = ok(
      await api.gql(
        `{ sellerEntities(first: 50) { edges { node { id businessLicense { id expiresOn } } } } }`,
        {},
        { as: agency.token },
      ),
      'sellerEntities',
    );
    const licenceOf = new Map(
      licences.edges.map((edge: any) => [edge.node.id, edge.node.businessLicense]),
    );
    expect(licenceOf.get(renewed)).toEqual({ id: renewal.id, expiresOn: '2027-01-31' });
    expect(licenceOf.get(unlicensed.id)).toBeNull();
    // Every entity's licence is the one its own page names, which reads all its documents once
    // (the licence is among them).
    for (const id of [renewed, unlicensed.id, licences.edges[5].node.id]) {
      statements = [];
      const alone = ok(
        await api.gql(
          `query E($id: ID!) { sellerEntity(id: $id) { businessLicense { id expiresOn } documents { id } } }`,
          { id },
          { as: agency.token },
        ),
        'sellerEntity',
      );
      expect(licenceOf.get(id)).toEqual(alone.businessLicense);
      expect(statements.filter((statement) => / FROM documents d /.test(statement))).toHaveLength(
        1,
      );
    }
  });
});

describe("the other lists' relations", () => {
  const entityOrRepresentativeReads = (page: string[]) =>
    page.filter((statement) =>
      /FROM "?(seller_entities|representatives)"? \w+ WHERE \w+\.id = ANY/.test(statement),
    );
  const run = async (query: string) => {
    statements = [];
    const result = await api.gql(query, {}, { as: agency.token });
    expect(result.errors).toBeUndefined();
    return entityOrRepresentativeReads(statements);
  };

  // The first documents are the imported licences, which name no representative.
  it.each([
    ['documents', 'documents(first: 50) { edges { node { id %s } } }', ['seller_entities']],
    [
      'cases',
      'verificationCases(first: 50) { edges { node { id %s } } }',
      ['seller_entities', 'representatives'],
    ],
    [
      'affected stores',
      'affectedStores(first: 50) { edges { node { store { id %s } } } }',
      ['seller_entities'],
    ],
  ])(
    'the %s page reads its rows’ entities (and representatives) only when asked for them',
    async (_page, query, tables) => {
      expect(await run(`{ ${query.replace('%s', '')} }`)).toEqual([]);
      const relations = query.startsWith('affected')
        ? 'sellerEntity { legalName }'
        : 'sellerEntity { legalName } representative { fullName }';
      const asked = await run(`{ ${query.replace('%s', relations)} }`);
      expect(
        asked.map((statement) => /FROM (seller_entities|representatives) /.exec(statement)![1]),
      ).toEqual(expect.arrayContaining(tables));
      expect(asked).toHaveLength(tables.length);
    },
  );
});

describe('the affected stores page', () => {
  it('reads its stores with the page itself: four statements — the count, the page of stores, their reasons, their entities', async () => {
    statements = [];
    const result = await api.gql(
      `{ affectedStores(first: 50) { totalCount edges { node { store { id site sellerEntity { legalName } } reasons { code } } } } }`,
      {},
      { as: agency.token },
    );
    expect(result.errors).toBeUndefined();
    const edges = result.data!.affectedStores.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) {
      expect(node.store.sellerEntity.legalName).toEqual(expect.any(String));
      expect(node.store.site).toMatch(/^(TH|MY|PH|SG|VN|ID)$/);
      expect(node.reasons.length).toBeGreaterThan(0);
    }
    const reads = statements.filter((statement) => /^\s*SELECT/.test(statement));
    // The count; the page of stores (store_impacts joined to the stores); their reasons; their
    // entities (sent with the reasons, not after them).
    expect(reads).toHaveLength(4);
    expect(reads.filter((statement) => /FROM "?stores"? s\b/.test(statement))).toHaveLength(2);
    expect(
      reads.filter((statement) => /JOIN \(\s*SELECT store_id, tier/.test(statement)),
    ).toHaveLength(1);
  });
});

describe('what a read selects', () => {
  it('reads no column declared select: false (sealed ID numbers, their hashes, password and key hashes) for a page, an entity or the viewer', async () => {
    const hidden = api.app
      .get(DataSource)
      .entityMetadatas.flatMap((metadata) =>
        metadata.columns.filter((column) => !column.isSelect).map((column) => column.databaseName),
      );
    expect(hidden).toEqual(
      expect.arrayContaining(['id_number_ciphertext', 'id_number_hash', 'password_hash']),
    );
    const selecting = new RegExp(`\\.\\s*"?(${hidden.join('|')})"?\\b`);
    statements = [];
    const page = await api.gql(PAGE, { first: 50 }, { as: agency.token });
    const entity = await api.gql(ENTITY, { id: entityId }, { as: agency.token });
    const viewer = await api.gql(
      `{ me { role user { id email name timeZone } agency { id name timeZone expiryWarningDays } } }`,
      {},
      { as: agency.token },
    );
    for (const result of [page, entity, viewer]) expect(result.errors).toBeUndefined();
    // The reads did happen: representatives, the viewer's user and agency.
    expect(statements.some((statement) => /FROM "?representatives"? /.test(statement))).toBe(true);
    expect(statements.some((statement) => /FROM "?users"? /.test(statement))).toBe(true);
    expect(entity.data!.sellerEntity.representatives[0].idNumberMasked).toMatch(/\*/);
    expect(viewer.data!.me).toMatchObject({
      role: 'OWNER',
      user: { email: agency.email, timeZone: expect.any(String) },
      agency: { id: agency.agencyId, timeZone: 'Asia/Shanghai', expiryWarningDays: 30 },
    });
    expect(statements.filter((statement) => selecting.test(statement))).toEqual([]);
  });
});
