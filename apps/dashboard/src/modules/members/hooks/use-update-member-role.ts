import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Role } from '../../../generated/graphql';
import { refreshSession } from '../../auth/utils/refresh-session';
import { sessionStore } from '../../auth/utils/session-store';
import { UPDATE_MEMBER_ROLE } from '../graphql/members.operations';

export const useUpdateMemberRole = () => {
  // The returned Member is normalised by id, so the table updates without a refetch.
  const [updateMutation, { loading }] = useMutation(UPDATE_MEMBER_ROLE);
  const updateMemberRole = useCallback(
    async (memberId: string, role: Role) => {
      const { data } = await updateMutation({ variables: { input: { memberId, role } } });
      // A change to one's own role shows in the header and the menu at once.
      if (data && data.updateMemberRole.user.id === sessionStore.getState().viewer?.user.id) {
        await refreshSession('expired');
      }
    },
    [updateMutation],
  );
  return { updateMemberRole, loading };
};
