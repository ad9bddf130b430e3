import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { OVERVIEW_OPEN_CASES } from '../graphql/overview.operations';
import { mergePages } from '../../ui/utils/merge-pages';
import { ANY_OPEN_CASE_HOURS } from '../utils/prefetch-overview';

/** Every open case, earliest deadline first (overdue ones at the top), all pages. */
export const useOpenCases = () => {
  const { data, loading, error, fetchMore } = useQuery(OVERVIEW_OPEN_CASES, {
    // Fresh data comes from useOverviewPrefetch; this reads (or joins) it.
    fetchPolicy: 'cache-first',
    variables: { dueWithinHours: ANY_OPEN_CASE_HOURS },
  });
  const connection = data?.verificationCases;
  const requested = useRef(new Set<string>());
  const endCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!endCursor || requested.current.has(endCursor)) return;
    requested.current.add(endCursor);
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        verificationCases: mergePages(
          previous.verificationCases,
          fetchMoreResult.verificationCases,
          (edge) => edge.node.id,
        ),
      }),
    }).finally(() => requested.current.delete(endCursor));
  }, [endCursor, fetchMore]);

  const edges = connection?.edges;
  const cases = useMemo(() => edges?.map((edge) => edge.node) ?? [], [edges]);

  return {
    cases,
    totalCount: connection?.totalCount ?? 0,
    loading: loading && !connection,
    error,
  };
};
