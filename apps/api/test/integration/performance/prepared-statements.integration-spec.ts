import { DataSource } from 'typeorm';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { startTestApi, TestApi } from '../../support/test-api';

// One pooled connection: every request of both agencies runs on it, so it is the connection whose
// prepared statements PostgreSQL reports.
let api: TestApi;
let first: SignedUpAgency;
let second: SignedUpAgency;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateSellerEntityInput!) {
    createSellerEntity(input: $input) {
      id
    }
  }
`;
const LIST = /* GraphQL */ `
  query {
    sellerEntities(first: 10) {
      totalCount
      edges {
        node {
          legalName
          stores {
            site
          }
        }
      }
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi({ DATABASE_POOL_SIZE: '1' });
  first = await signUpAgency(api);
  second = await signUpAgency(api);
  for (const [agency, name, n] of [
    [first, '深圳市甲号贸易有限公司', 1],
    [second, '深圳市乙号贸易有限公司', 2],
  ] as const) {
    const created = await api.gql(
      CREATE,
      {
        input: {
          legalName: name,
          registeredRepresentativeName: '王伟',
          uscc: makeUscc((Date.now() + n) % 1_000_000_000),
        },
      },
      { as: agency.token },
    );
    expect(created.errors).toBeUndefined();
  }
}, 60_000);
afterAll(() => api.close());

describe('statements prepared once per connection', () => {
  it("keep each agency's rows its own when one connection runs the same statements for both, past PostgreSQL's switch to a generic plan", async () => {
    for (let round = 0; round < 8; round++) {
      for (const [agency, name] of [
        [first, '深圳市甲号贸易有限公司'],
        [second, '深圳市乙号贸易有限公司'],
      ] as const) {
        const result = await api.gql(LIST, {}, { as: agency.token });
        expect(result.errors).toBeUndefined();
        expect(result.data!.sellerEntities.totalCount).toBe(1);
        expect(
          result.data!.sellerEntities.edges.map(
            (edge: { node: { legalName: string } }) => edge.node.legalName,
          ),
        ).toEqual([name]);
      }
    }
  });

  it("parses and plans the page's entities, their count and their stores once, then only executes them", async () => {
    const prepared: Array<{ statement: string; executions: number }> = await api.app
      .get(DataSource)
      .query(
        `SELECT statement, generic_plans + custom_plans AS executions
           FROM pg_prepared_statements WHERE name LIKE 'vd\\_%'`,
      );
    // Each a prepared statement run for every one of the 16 lists: the stores of a page's
    // entities, and — a list without filters, whose statements have no parameters — the page of
    // entities itself and their count.
    const runs = (table: RegExp) =>
      Math.max(
        0,
        ...prepared.filter((row) => table.test(row.statement)).map((row) => Number(row.executions)),
      );
    expect(runs(/FROM\s+"?stores"?\s/i)).toBeGreaterThanOrEqual(16);
    expect(runs(/FROM\s+"?seller_entities"?\s/i)).toBeGreaterThanOrEqual(16);
    expect(runs(/FROM\s+"?entity_counts"?\s/i)).toBeGreaterThanOrEqual(16);
    // Each text prepared once: no two names for the same statement.
    const texts = prepared.map((row) => row.statement);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
