import { canManageChannel } from '@veridesk/domain';
import { useCallback, useMemo } from 'react';
import type {
  NotificationChannelFieldsFragment,
  ViewerFieldsFragment,
} from '../../../generated/graphql';
import { canAdministerAgency } from '../../auth/utils/roles';
import { useMembers } from '../../members/hooks/use-members';

/**
 * Who may do what (libs/domain canManageChannel, the API's own rule): OWNER/ADMIN every channel,
 * a MANAGER the channels of their own portfolio, a VIEWER reads. The viewer's member id comes from
 * the members list, which every role may read.
 */
export const useChannelPermissions = (viewer: ViewerFieldsFragment) => {
  const isAdmin = canAdministerAgency(viewer.role);
  const isManager = viewer.role === 'MANAGER';
  const { members, loading } = useMembers();
  const ownMember = useMemo(
    () => members.find((member) => member.user.id === viewer.user.id) ?? null,
    [members, viewer.user.id],
  );
  const caller = useMemo(
    () => ({ role: viewer.role, membershipId: ownMember?.id ?? null }),
    [ownMember, viewer.role],
  );
  const canManage = useCallback(
    (channel: NotificationChannelFieldsFragment) =>
      canManageChannel(caller, [channel.manager?.id ?? null]),
    [caller],
  );
  return {
    members,
    loading,
    isAdmin,
    /** A MANAGER's own member id: the only scope their channels may have. */
    ownMemberId: isManager ? (ownMember?.id ?? null) : null,
    ownMemberName: ownMember?.user.name ?? viewer.user.name,
    canCreate: isAdmin || (isManager && ownMember !== null),
    canManage,
  };
};
