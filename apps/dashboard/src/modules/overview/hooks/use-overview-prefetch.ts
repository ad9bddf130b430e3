import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import {
  OVERVIEW_AFFECTED_STORES,
  OVERVIEW_EXPIRING_DOCUMENTS,
  OVERVIEW_EXPIRY_WEEKS,
  OVERVIEW_OPEN_CASES,
  OVERVIEW_SUMMARY,
} from '../graphql/overview.operations';
import { ANY_OPEN_CASE_HOURS } from './use-open-cases';
import { EXPIRY_WEEKS } from './use-expiry-weeks';

/**
 * Sends the overview's requests as the page first renders. A lazily loaded route is committed (and
 * `useQuery` subscribes) only ~300 ms after its loading fallback showed — React's fallback
 * throttle — so requests started here are well under way by then. The overview's hooks read the
 * cache first: they show what it holds (a previous visit) at once, join a request still in flight
 * (Apollo deduplicates identical queries) and update when these fresh results land.
 */
export const useOverviewPrefetch = (windowDays: number | null) => {
  const client = useApolloClient();
  useState(() => {
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
      client.query({
        query: OVERVIEW_EXPIRY_WEEKS,
        variables: { weeks: EXPIRY_WEEKS },
        fetchPolicy,
      }),
    );
    if (windowDays !== null) {
      prefetch(
        client.query({
          query: OVERVIEW_EXPIRING_DOCUMENTS,
          variables: { withinDays: windowDays },
          fetchPolicy,
        }),
      );
    }
    return null;
  });
};
