import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { REVOKE_API_KEY } from '../graphql/api-keys.operations';

export const useRevokeApiKey = () => {
  // The key comes back with `revokedAt` set; normalised by id, the list row updates itself.
  const [revokeMutation, { loading }] = useMutation(REVOKE_API_KEY);
  const revokeApiKey = useCallback(
    async (id: string) => {
      await revokeMutation({ variables: { id } });
    },
    [revokeMutation],
  );
  return { revokeApiKey, loading };
};
