import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { evictAuditLog } from '../../apollo/utils/cache-eviction';
import { ENTITY_REVEAL_ID_NUMBER } from '../graphql/representatives.operations';

/** The whole ID number (OWNER and ADMIN); the server logs every reveal, so the audit log is refetched. */
export const useRevealIdNumber = () => {
  const [revealMutation, { loading }] = useMutation(ENTITY_REVEAL_ID_NUMBER, {
    update: evictAuditLog,
  });
  const revealIdNumber = useCallback(
    async (representativeId: string) => {
      const { data } = await revealMutation({ variables: { representativeId } });
      if (!data) throw new Error('revealIdNumber returned no data');
      return data.revealIdNumber;
    },
    [revealMutation],
  );
  return { revealIdNumber, loading };
};
