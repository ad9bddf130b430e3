import { useQuery } from '@apollo/client/react';
import { MEMBERS } from '../graphql/members.operations';

export const useMembers = () => {
  const { data, loading, error, refetch } = useQuery(MEMBERS);
  return { members: data?.members ?? [], loading, error, refetch };
};
