import type { ApolloCache } from '@apollo/client';

/**
 * The one list of views derived from the portfolio: counts, impact lists, filtered lists, the audit
 * log and the digest preview. No mutation's answer can patch them, so any mutation of entities,
 * stores, representatives, documents, cases, the agency's settings or an import evicts them all.
 * Evicted, they are refetched by whichever page shows them next (or at once, when it is open;
 * lists keep their previous page on screen meanwhile), so nothing needs a reload.
 */
export const PORTFOLIO_VIEWS = [
  'sellerEntities',
  'portfolioSummary',
  'affectedStores',
  'documents',
  'documentExpiryWeeks',
  'verificationCases',
  'auditLog',
  'digestPreview',
] as const;

/**
 * Evicts every portfolio view. `everyEntity` also evicts each cached entity page (`sellerEntity`):
 * for changes to every entity at once (the agency's warning window, an import), made away from
 * the entity page; a mutation on one entity refetches that page instead (see refetchEntity).
 */
export const evictPortfolioViews = (
  cache: ApolloCache,
  { everyEntity = false }: { everyEntity?: boolean } = {},
): void => {
  const fields = everyEntity ? [...PORTFOLIO_VIEWS, 'sellerEntity'] : PORTFOLIO_VIEWS;
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
};

/** The audit log alone: revealing an ID number writes an audit event and changes nothing else. */
export const evictAuditLog = (cache: ApolloCache): void => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
  cache.gc();
};

/** The digest preview alone: the reader's profile, ladders and notification choices change only it. */
export const evictDigestPreview = (cache: ApolloCache): void => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'digestPreview' });
  cache.gc();
};
