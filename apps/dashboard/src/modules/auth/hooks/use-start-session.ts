import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AuthPayloadFieldsFragment } from '../../../generated/graphql';
import { startSession } from '../utils/refresh-session';

/** Drops whatever a previous user left in the cache, then keeps the new session in memory. */
export const useStartSession = () => {
  const client = useApolloClient();
  return useCallback(
    async (payload: AuthPayloadFieldsFragment) => {
      await client.clearStore();
      startSession(payload);
    },
    [client],
  );
};
