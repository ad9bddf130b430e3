import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { InviteMemberInput } from '../../../generated/graphql';
import { INVITATIONS, INVITE_MEMBER } from '../graphql/members.operations';

/** Invites (or re-invites: the server replaces a pending invitation to the same email). */
export const useInviteMember = () => {
  const [inviteMutation, { loading }] = useMutation(INVITE_MEMBER, {
    // The list shows links without their token and drops the invitation this one replaced.
    refetchQueries: [{ query: INVITATIONS }],
    awaitRefetchQueries: true,
  });
  const inviteMember = useCallback(
    async (input: InviteMemberInput) => {
      const { data } = await inviteMutation({ variables: { input } });
      if (!data) throw new Error('inviteMember returned no data');
      return data.inviteMember;
    },
    [inviteMutation],
  );
  return { inviteMember, loading };
};
