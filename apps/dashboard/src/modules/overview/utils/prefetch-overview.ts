import type { ApolloClient } from '@apollo/client';
import {
  OVERVIEW_AFFECTED_STORES,
  OVERVIEW_EXPIRING_DOCUMENTS,
  OVERVIEW_EXPIRY_WEEKS,
  OVERVIEW_OPEN_CASES,
  OVERVIEW_SUMMARY,
} from '../graphql/overview.operations';

// The hooks that read these queries use the same values, so they find them in the cache.
// The case list has no "open" filter; `dueWithinHours` keeps exactly the cases not yet passed or
// cancelled. A year (the most the API accepts) covers any deadline: Lazada gives 72 hours.
export const ANY_OPEN_CASE_HOURS = 24 * 365;
// The chart: 13 weeks from this one, the next 90 days.
export const EXPIRY_WEEKS = 13;

// A second call this soon after the first (signing in, then Today's first render) sends nothing.
const AGAIN_AFTER_MS = 5_000;
let lastSentAt = 0;

/**
 * Sends the overview's five queries, side by side and without waiting for the page's code: when
 * the session starts on the way to Today (the routes), and as Today first renders. The overview's
 * hooks read the cache first and join a request still in flight (Apollo deduplicates them).
 */
export const prefetchOverview = (client: ApolloClient, windowDays: number | null) => {
  if (Date.now() - lastSentAt < AGAIN_AFTER_MS) return;
  lastSentAt = Date.now();
  const prefetch = <T>(request: Promise<T>) => void request.catch(() => undefined);
  const fetchPolicy = 'network-only' as const;
  prefetch(client.query({ query: OVERVIEW_SUMMARY, fetchPolicy }));
  prefetch(
    client.query({
      query: OVERVIEW_OPEN_CASES,
      variables: { dueWithinHours: ANY_OPEN_CASE_HOURS },
      fetchPolicy,
    }),
  );
  prefetch(client.query({ query: OVERVIEW_AFFECTED_STORES, variables: {}, fetchPolicy }));
  prefetch(
    client.query({ query: OVERVIEW_EXPIRY_WEEKS, variables: { weeks: EXPIRY_WEEKS }, fetchPolicy }),
  );
  if (windowDays !== null)
    prefetch(
      client.query({
        query: OVERVIEW_EXPIRING_DOCUMENTS,
        variables: { withinDays: windowDays },
        fetchPolicy,
      }),
    );
};
