import { useQuery } from '@apollo/client/react';
import { OVERVIEW_EXPIRY_WEEKS } from '../graphql/overview.operations';

// 13 weeks from this one: the next 90 days.
const WEEKS = 13;

export const useExpiryWeeks = () => {
  const { data, loading, error } = useQuery(OVERVIEW_EXPIRY_WEEKS, { variables: { weeks: WEEKS } });
  return { weeks: data?.documentExpiryWeeks ?? [], loading: loading && !data, error };
};
