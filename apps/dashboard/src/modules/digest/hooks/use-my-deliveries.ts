import { useQuery } from '@apollo/client/react';
import { MY_DELIVERIES } from '../graphql/digest.operations';

export const DELIVERIES_PAGE_SIZE = 10;

/** The signed-in user's emails, newest first (kept readable when no SMTP server is set). */
export const useMyDeliveries = (after: string | null) => {
  const { data, previousData, loading, error, refetch } = useQuery(MY_DELIVERIES, {
    variables: { first: DELIVERIES_PAGE_SIZE, after },
  });
  const connection = (data ?? previousData)?.myDeliveries;
  return {
    deliveries: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? null,
    loading,
    error,
    refetch,
  };
};
