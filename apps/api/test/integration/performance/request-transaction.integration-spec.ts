import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { startTestApi, TestApi } from '../../support/test-api';

// One pooled connection: a query holds it for its read transaction from its first read to its
// response, so anything else a query needs must not wait for that pool.
let api: TestApi;
let agency: SignedUpAgency;

beforeAll(async () => {
  api = await startTestApi({ DATABASE_POOL_SIZE: '1' });
  agency = await signUpAgency(api);
}, 60_000);
afterAll(() => api.close());

const VIEWER = /* GraphQL */ `
  query {
    me {
      role
      agency {
        id
      }
      agencies {
        id
      }
    }
    portfolioSummary {
      sellerEntities
    }
  }
`;

describe('a query on a pool of one connection', () => {
  it('answers 12 concurrent callers whose queries also need a system lookup (their agencies)', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => api.gql(VIEWER, {}, { as: agency.token })),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.me.agencies).toEqual([{ id: agency.agencyId }]);
      expect(result.data!.portfolioSummary.sellerEntities).toBe(0);
    }
  }, 30_000);

  it('still writes: a mutation commits in its own transaction, and the next query reads it', async () => {
    const created = await api.gql(
      /* GraphQL */ `
        mutation ($input: CreateSellerEntityInput!) {
          createSellerEntity(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          legalName: '深圳市一号贸易有限公司',
          registeredRepresentativeName: '王伟',
          uscc: makeUscc(Date.now() % 1_000_000_000),
        },
      },
      { as: agency.token },
    );
    expect(created.errors).toBeUndefined();
    const read = await api.gql(VIEWER, {}, { as: agency.token });
    expect(read.data!.portfolioSummary.sellerEntities).toBe(1);
  });
});
