import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AcceptInvitationInput } from '../../../generated/graphql';
import { ACCEPT_INVITATION } from '../graphql/auth.operations';
import { useStartSession } from './use-start-session';

export const useAcceptInvitation = () => {
  const [acceptMutation, { loading }] = useMutation(ACCEPT_INVITATION);
  const startSession = useStartSession();
  const acceptInvitation = useCallback(
    async (input: AcceptInvitationInput) => {
      const { data } = await acceptMutation({ variables: { input } });
      if (data) await startSession(data.acceptInvitation);
    },
    [acceptMutation, startSession],
  );
  return { acceptInvitation, loading };
};
