import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ENTITY_REVEAL_ID_NUMBER } from '../graphql/representatives.operations';

/** The whole ID number (OWNER and ADMIN); the server logs every reveal, so the audit log is refetched. */
export const useRevealIdNumber = () => {
  const [revealMutation, { loading }] = useMutation(ENTITY_REVEAL_ID_NUMBER, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
      cache.gc();
    },
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
