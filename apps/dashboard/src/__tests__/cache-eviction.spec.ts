import { InMemoryCache } from '@apollo/client';
import {
  evictDigestPreview,
  evictPortfolioViews,
  PORTFOLIO_VIEWS,
} from '../modules/apollo/utils/cache-eviction';

// A cache as the dashboard holds it after a tour of the portfolio: every list and count, an entity
// page, and the viewer's settings.
const touredCache = () => {
  const cache = new InMemoryCache();
  cache.restore({
    ROOT_QUERY: {
      __typename: 'Query',
      'sellerEntities({"first":20})': { __typename: 'SellerEntityConnection', totalCount: 1 },
      portfolioSummary: { __typename: 'PortfolioSummary', openCases: 1 },
      'affectedStores({"first":50})': { __typename: 'AffectedStoreConnection', totalCount: 1 },
      'documents({"first":20})': { __typename: 'DocumentConnection', totalCount: 1 },
      documentExpiryWeeks: [],
      'verificationCases({"first":20})': {
        __typename: 'VerificationCaseConnection',
        totalCount: 1,
      },
      'auditLog({"first":20})': { __typename: 'AuditEventConnection', totalCount: 1 },
      digestPreview: { __typename: 'DigestPreview', subject: 'x' },
      'sellerEntity({"id":"1"})': { __ref: 'SellerEntity:1' },
      notificationPreferences: { __typename: 'NotificationPreferences', digest: 'DAILY' },
    },
    'SellerEntity:1': { __typename: 'SellerEntity', id: '1', legalName: '海拓' },
  });
  return cache;
};

const rootFields = (cache: InMemoryCache) =>
  Object.keys(cache.extract()['ROOT_QUERY'] ?? {})
    .filter((key) => key !== '__typename')
    .map((key) => key.replace(/\(.*$/, ''))
    .sort();

describe('what a mutation makes the dashboard fetch again', () => {
  it('a change to one entity refetches every list and count, and keeps the open entity page', () => {
    const cache = touredCache();
    evictPortfolioViews(cache);
    expect(rootFields(cache)).toEqual(['notificationPreferences', 'sellerEntity']);
    for (const field of PORTFOLIO_VIEWS) expect(rootFields(cache)).not.toContain(field);
  });

  it('a change to every entity at once (settings, import) also drops the cached entity pages', () => {
    const cache = touredCache();
    evictPortfolioViews(cache, { everyEntity: true });
    expect(rootFields(cache)).toEqual(['notificationPreferences']);
    expect(cache.extract()['SellerEntity:1']).toBeUndefined();
  });

  it('a change to the reader settings refetches the digest preview alone', () => {
    const cache = touredCache();
    evictDigestPreview(cache);
    expect(rootFields(cache)).toEqual(
      [...PORTFOLIO_VIEWS, 'sellerEntity', 'notificationPreferences']
        .filter((field) => field !== 'digestPreview')
        .sort(),
    );
  });
});
