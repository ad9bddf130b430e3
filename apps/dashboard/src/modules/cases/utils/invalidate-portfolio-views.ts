import type { ApolloCache } from '@apollo/client';

// Views a case or an import changes that no mutation answer can patch: counts, impact lists and
// filtered entity lists. Evicted, they refetch when next on screen (or at once, when on screen).
const DERIVED_FIELDS = [
  'portfolioSummary',
  'affectedStores',
  'sellerEntities',
  'documents',
  'documentExpiryWeeks',
  'digestPreview',
];

export const invalidatePortfolioViews = (cache: ApolloCache, fields = DERIVED_FIELDS) => {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
};
