import { useQuery } from '@apollo/client/react';
import { VERIFICATION_CASE } from '../graphql/cases.operations';

export const useVerificationCase = (id: string) => {
  const { data, loading, error, refetch } = useQuery(VERIFICATION_CASE, { variables: { id } });
  return { verificationCase: data?.verificationCase ?? null, loading, error, refetch };
};
