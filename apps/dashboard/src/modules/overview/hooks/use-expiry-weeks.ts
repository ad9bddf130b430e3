import { useQuery } from '@apollo/client/react';
import { OVERVIEW_EXPIRY_WEEKS } from '../graphql/overview.operations';
import { EXPIRY_WEEKS } from '../utils/prefetch-overview';

export const useExpiryWeeks = () => {
  const { data, loading, error } = useQuery(OVERVIEW_EXPIRY_WEEKS, {
    // Fresh data comes from useOverviewPrefetch; this reads (or joins) it.
    fetchPolicy: 'cache-first',
    variables: { weeks: EXPIRY_WEEKS },
  });
  return { weeks: data?.documentExpiryWeeks ?? [], loading: loading && !data, error };
};
