import { useQuery } from '@apollo/client/react';
import { OVERVIEW_SUMMARY } from '../graphql/overview.operations';

/** The portfolio's counts and the agency's expiry window (what "expiring" means here). */
export const useOverviewSummary = () => {
  const { data, loading, error } = useQuery(OVERVIEW_SUMMARY, { fetchPolicy: 'cache-first' });
  return {
    summary: data?.portfolioSummary ?? null,
    agency: data?.me.agency ?? null,
    loading: loading && !data,
    error,
  };
};
