import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, ok, RESIDENT_IDS } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;

const LOG = /* GraphQL */ `
  query Log($subjectId: ID, $first: Int, $after: String) {
    auditLog(subjectId: $subjectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          actor
          action
          subjectType
          subjectId
          changes
        }
      }
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
});
afterAll(() => api.close());

describe('audit log', () => {
  it("shows an entity's history with its records' events, newest first, without the ID number", async () => {
    const { entityId, representativeId } = await createPortfolio(api, agency.token, {
      sites: ['TH'],
      licenseExpiresOn: '2027-01-01',
    });
    await api.gql(
      `mutation R($id: ID!) { revealIdNumber(representativeId: $id) }`,
      { id: representativeId },
      { as: agency.token },
    );
    const log = ok(await api.gql(LOG, { subjectId: entityId }, { as: agency.token }), 'auditLog');
    expect(log.edges.map((edge: any) => edge.node.action)).toEqual([
      'representative.revealIdNumber',
      'document.record',
      'store.add',
      'representative.add',
      'sellerEntity.create',
    ]);
    expect(log.edges.every((edge: any) => edge.node.actor === `user:${agency.email}`)).toBe(true);
    expect(JSON.stringify(log)).not.toContain(RESIDENT_IDS[0]);
    expect(JSON.stringify(log)).toContain('110105********002X');
  });

  it('pages through every event once', async () => {
    const all = ok(await api.gql(LOG, { first: 100 }, { as: agency.token }), 'auditLog');
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = ok(await api.gql(LOG, { first: 2, after }, { as: agency.token }), 'auditLog');
      seen.push(...page.edges.map((edge: any) => `${edge.node.action}:${edge.node.subjectId}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(
      all.edges.map((edge: any) => `${edge.node.action}:${edge.node.subjectId}`),
    );
    expect(seen).toHaveLength(all.totalCount);
  });

  it('shows nothing of another agency, not even a count', async () => {
    const other = await signUpAgency(api);
    const log = ok(await api.gql(LOG, {}, { as: other.token }), 'auditLog');
    expect(log.totalCount).toBe(1);
    expect(log.edges[0].node.action).toBe('agency.signUp');
  });
});
