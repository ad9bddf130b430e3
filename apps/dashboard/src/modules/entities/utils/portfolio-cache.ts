import type { ApolloCache } from '@apollo/client';

// Lists and counts the portfolio's mutations can change. Evicted, they are refetched by whichever
// page shows them next (or at once, when that page is open), so nothing needs a reload.
const PORTFOLIO_LIST_FIELDS = [
  'sellerEntities',
  'portfolioSummary',
  'affectedStores',
  'documents',
  'documentExpiryWeeks',
  'verificationCases',
  'auditLog',
] as const;

export const evictPortfolioLists = (cache: ApolloCache): void => {
  for (const fieldName of PORTFOLIO_LIST_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
};
