import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, OPEN_CASE, ok, RECORD_DOCUMENT, USCC } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;
const entities: Record<string, Awaited<ReturnType<typeof createPortfolio>>> = {};

const AFFECTED = /* GraphQL */ `
  query Affected($first: Int, $after: String, $filter: ImpactFilter) {
    affectedStores(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          store {
            id
            site
            sellerEntity {
              legalName
            }
          }
          reasons {
            code
            dueOn
            documentId
            caseId
            representativeId
            message
          }
        }
      }
    }
  }
`;
const SUMMARY = /* GraphQL */ `
  query Summary($withinDays: Int) {
    portfolioSummary(withinDays: $withinDays) {
      sellerEntities
      stores
      openCases
      overdueCases
      expiringDocuments
      expiredDocuments
      bySite {
        site
        stores
        affected
        restricted
      }
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  api.clock.set('2026-11-20T02:00:00.000Z');
  // Three stores, licence expiring on 2026-12-20.
  entities.expiring = await createPortfolio(api, agency.token, {
    uscc: USCC[0],
    sites: ['TH', 'MY', 'PH'],
    licenseExpiresOn: '2026-12-20',
  });
  // One store with a case whose deadline will pass.
  entities.overdue = await createPortfolio(api, agency.token, {
    uscc: USCC[1],
    sites: ['ID'],
    licenseExpiresOn: null,
  });
  ok(
    await api.gql(
      OPEN_CASE,
      {
        input: {
          sellerEntityId: entities.overdue.entityId,
          representativeId: entities.overdue.representativeId,
          site: 'ID',
          trigger: 'LISTING_BURST',
          noticeReceivedAt: '2026-11-20T01:00:00.000Z',
        },
      },
      { as: agency.token },
    ),
    'openVerificationCase',
  );
  // Healthy, long-term licence, a product filing for MY only that expires soon.
  entities.filing = await createPortfolio(api, agency.token, {
    uscc: USCC[2],
    sites: ['MY', 'SG'],
    licenseExpiresOn: null,
  });
  ok(
    await api.gql(
      RECORD_DOCUMENT,
      {
        input: {
          sellerEntityId: entities.filing.entityId,
          type: 'PRODUCT_FILING',
          expiresOn: '2026-12-05',
          sites: ['MY'],
        },
      },
      { as: agency.token },
    ),
    'recordDocument',
  );
  // Nothing wrong at all.
  entities.healthy = await createPortfolio(api, agency.token, {
    uscc: USCC[3],
    sites: ['VN'],
    licenseExpiresOn: '2030-01-01',
  });
  // Archived, with an expired licence: must not count anywhere.
  entities.archived = await createPortfolio(api, agency.token, {
    uscc: USCC[4],
    sites: ['TH'],
    licenseExpiresOn: '2026-01-01',
  });
  await api.gql(
    `mutation A($id: ID!) { archiveSellerEntity(id: $id) { id } }`,
    { id: entities.archived.entityId },
    { as: agency.token },
  );
  api.clock.set('2026-11-25T02:00:00.000Z'); // the case deadline (2026-11-23) has passed
});
afterAll(() => api.close());

describe('affected stores', () => {
  it('lists overdue and restricted stores first, then by the earliest due date, leaving out healthy and archived ones', async () => {
    const result = ok(
      await api.gql(AFFECTED, { filter: { withinDays: 30 } }, { as: agency.token }),
      'affectedStores',
    );
    const rows = result.edges.map((edge: any) => [
      edge.node.store.site,
      edge.node.reasons.map((reason: any) => reason.code),
    ]);
    expect(rows.slice(0, 2)).toEqual([
      ['ID', ['VERIFICATION_OVERDUE', 'STORE_RESTRICTED']],
      ['MY', ['DOCUMENT_EXPIRING']], // due 12-05
    ]);
    // Then the three stores of the licence due 12-20 (ties in a stable order).
    expect(rows.slice(2).sort()).toEqual([
      ['MY', ['LICENSE_EXPIRING']],
      ['PH', ['LICENSE_EXPIRING']],
      ['TH', ['LICENSE_EXPIRING']],
    ]);
    expect(result.totalCount).toBe(5);
  });

  it('drops expiries beyond withinDays, and names the document and case behind each reason', async () => {
    const result = ok(
      await api.gql(AFFECTED, { filter: { withinDays: 14 } }, { as: agency.token }),
      'affectedStores',
    );
    expect(result.totalCount).toBe(2);
    const [overdue, filing] = result.edges.map((edge: any) => edge.node);
    expect(overdue.reasons[0]).toMatchObject({ code: 'VERIFICATION_OVERDUE', dueOn: '2026-11-23' });
    expect(overdue.reasons[0].caseId).toBeTruthy();
    expect(filing.reasons[0]).toMatchObject({ code: 'DOCUMENT_EXPIRING', dueOn: '2026-12-05' });
    expect(filing.reasons[0].documentId).toBeTruthy();
  });

  it('pages with cursors without losing or repeating a store', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = ok(
        await api.gql(
          AFFECTED,
          { first: 2, after, filter: { withinDays: 30 } },
          { as: agency.token },
        ),
        'affectedStores',
      );
      seen.push(...result.edges.map((edge: any) => edge.node.store.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('filters by site and by entity', async () => {
    const bySite = ok(
      await api.gql(AFFECTED, { filter: { withinDays: 30, site: 'MY' } }, { as: agency.token }),
      'affectedStores',
    );
    expect(bySite.totalCount).toBe(2);
    const byEntity = ok(
      await api.gql(
        AFFECTED,
        { filter: { withinDays: 30, sellerEntityId: entities.expiring.entityId } },
        { as: agency.token },
      ),
      'affectedStores',
    );
    expect(byEntity.edges.map((edge: any) => edge.node.store.site).sort()).toEqual([
      'MY',
      'PH',
      'TH',
    ]);
  });

  it('narrows the entity list to entities affected within N days', async () => {
    const result = await api.gql(
      `query { sellerEntities(filter: { affectedWithinDays: 14 }) { totalCount edges { node { id } } } }`,
      {},
      { as: agency.token },
    );
    expect(result.data!.sellerEntities.edges.map((edge: any) => edge.node.id).sort()).toEqual(
      [entities.overdue.entityId, entities.filing.entityId].sort(),
    );
  });
});

describe('portfolio summary', () => {
  it('counts live entities, stores, cases and expiries, and stores per site', async () => {
    const summary = ok(
      await api.gql(SUMMARY, { withinDays: 30 }, { as: agency.token }),
      'portfolioSummary',
    );
    expect(summary).toMatchObject({
      sellerEntities: 4,
      stores: 7,
      openCases: 1,
      overdueCases: 1,
      expiringDocuments: 2, // the licence on 12-20 and the filing on 12-05
      expiredDocuments: 0,
    });
    const bySite = Object.fromEntries(summary.bySite.map((row: any) => [row.site, row]));
    expect(Object.keys(bySite)).toEqual(['MY', 'SG', 'PH', 'TH', 'VN', 'ID']);
    expect(bySite.MY).toEqual({ site: 'MY', stores: 2, affected: 2, restricted: 0 });
    expect(bySite.ID).toEqual({ site: 'ID', stores: 1, affected: 1, restricted: 1 });
    expect(bySite.VN).toEqual({ site: 'VN', stores: 1, affected: 0, restricted: 0 });
  });
});

describe("the agency's today", () => {
  it('judges expiry in Asia/Shanghai while UTC is still on the day before', async () => {
    // 2026-11-30T17:00Z is already 2026-12-01 01:00 in Shanghai.
    api.clock.set('2026-11-30T17:00:00.000Z');
    const entityId = entities.healthy.entityId;
    const yesterday = ok(
      await api.gql(
        RECORD_DOCUMENT,
        { input: { sellerEntityId: entityId, type: 'ISO_CERTIFICATE', expiresOn: '2026-11-30' } },
        { as: agency.token },
      ),
      'recordDocument',
    );
    const today = ok(
      await api.gql(
        RECORD_DOCUMENT,
        {
          input: {
            sellerEntityId: entityId,
            type: 'TRADEMARK_CERTIFICATE',
            expiresOn: '2026-12-01',
          },
        },
        { as: agency.token },
      ),
      'recordDocument',
    );
    const longTerm = ok(
      await api.gql(
        RECORD_DOCUMENT,
        { input: { sellerEntityId: entityId, type: 'BANK_ACCOUNT_PROOF', expiresOn: null } },
        { as: agency.token },
      ),
      'recordDocument',
    );
    expect(yesterday).toMatchObject({ status: 'EXPIRED', daysUntilExpiry: -1 });
    expect(today).toMatchObject({ status: 'EXPIRING_SOON', daysUntilExpiry: 0 });
    expect(longTerm).toMatchObject({ status: 'VALID', daysUntilExpiry: null, expiresOn: null });
    api.clock.set('2026-11-25T02:00:00.000Z');
  });
});
