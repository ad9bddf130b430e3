import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { REVOKE_INVITATION } from '../graphql/members.operations';

export const useRevokeInvitation = () => {
  const [revokeMutation, { loading }] = useMutation(REVOKE_INVITATION, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({
        id: cache.identify({ __typename: 'Invitation', id: data.revokeInvitation.id }),
      });
      cache.gc();
    },
  });
  const revokeInvitation = useCallback(
    async (id: string) => {
      await revokeMutation({ variables: { id } });
    },
    [revokeMutation],
  );
  return { revokeInvitation, loading };
};
