import { useQuery } from '@apollo/client/react';
import { INVITATIONS } from '../graphql/members.operations';

/** Pending invitations; only OWNER and ADMIN may list them, so others skip the query. */
export const useInvitations = ({ skip }: { skip: boolean }) => {
  const { data, loading, error } = useQuery(INVITATIONS, { skip });
  return { invitations: data?.invitations ?? [], loading, error };
};
