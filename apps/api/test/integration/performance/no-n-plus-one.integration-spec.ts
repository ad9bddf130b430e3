import { DataSource } from 'typeorm';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ADD_REPRESENTATIVE, ok, OPEN_CASE, RESIDENT_IDS } from '../../support/portfolio';
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
    ok(
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
  }
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
