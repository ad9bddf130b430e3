import { useQuery } from '@apollo/client/react';
import type { VerificationCaseFilter } from '../../../generated/graphql';
import { VERIFICATION_CASES } from '../graphql/cases.operations';

export const CASES_PAGE_SIZE = 20;

/** One page of cases, earliest deadline first (the API's order). */
export const useVerificationCases = (filter: VerificationCaseFilter, after: string | null) => {
  const { data, previousData, loading, error, refetch } = useQuery(VERIFICATION_CASES, {
    variables: { filter, first: CASES_PAGE_SIZE, after },
  });
  // Keep the previous page on screen while the next one loads, so the table does not jump.
  const connection = (data ?? previousData)?.verificationCases;
  return {
    cases: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? null,
    loading,
    error,
    refetch,
  };
};
