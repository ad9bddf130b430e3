import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { prefetchOverview } from '../utils/prefetch-overview';

/**
 * Sends the overview's requests as the page first renders (unless signing in just sent them). A
 * lazily loaded route is committed (and `useQuery` subscribes) only ~300 ms after its loading
 * fallback showed — React's fallback throttle — so requests started here are well under way by
 * then. The overview's hooks read the cache first: they show what it holds (a previous visit) at
 * once, join a request still in flight (Apollo deduplicates identical queries) and update when
 * these fresh results land.
 */
export const useOverviewPrefetch = (windowDays: number | null) => {
  const client = useApolloClient();
  useState(() => {
    prefetchOverview(client, windowDays);
    return null;
  });
};
