import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { OVERVIEW_AFFECTED_STORES } from '../graphql/overview.operations';
import { mergePages } from '../../ui/utils/merge-pages';

/** Every affected store, most urgent first: pages of 100 are fetched one after another until done. */
export const useAffectedStores = () => {
  const { data, loading, error, fetchMore } = useQuery(OVERVIEW_AFFECTED_STORES, {
    // Fresh data comes from useOverviewPrefetch; this reads (or joins) it.
    fetchPolicy: 'cache-first',
    variables: {},
  });
  const connection = data?.affectedStores;
  const requested = useRef(new Set<string>());
  const endCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!endCursor || requested.current.has(endCursor)) return;
    requested.current.add(endCursor);
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        affectedStores: mergePages(
          previous.affectedStores,
          fetchMoreResult.affectedStores,
          (edge) => edge.node.store.id,
        ),
      }),
    }).finally(() => requested.current.delete(endCursor));
  }, [endCursor, fetchMore]);

  const edges = connection?.edges;
  const affected = useMemo(() => edges?.map((edge) => edge.node) ?? [], [edges]);

  return {
    affected,
    totalCount: connection?.totalCount ?? 0,
    complete: Boolean(connection && !connection.pageInfo.hasNextPage),
    loading: loading && !connection,
    error,
  };
};
