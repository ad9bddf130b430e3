import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { OVERVIEW_EXPIRING_DOCUMENTS } from '../graphql/overview.operations';

/** Documents expired or expiring within the agency's window, soonest first. */
export const useExpiringDocuments = (withinDays: number | null) => {
  const { data, loading, error } = useQuery(OVERVIEW_EXPIRING_DOCUMENTS, {
    // Fresh data comes from useOverviewPrefetch; this reads (or joins) it.
    fetchPolicy: 'cache-first',
    variables: { withinDays: withinDays ?? 0 },
    skip: withinDays === null,
  });
  const edges = data?.documents.edges;
  const documents = useMemo(() => edges?.map((edge) => edge.node) ?? [], [edges]);
  return {
    documents,
    totalCount: data?.documents.totalCount ?? 0,
    loading: (loading && !data) || withinDays === null,
    error,
  };
};
