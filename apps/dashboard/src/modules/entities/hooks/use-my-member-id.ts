import { useViewer } from '../../auth/hooks/use-viewer';
import { useMembers } from '../../members/hooks/use-members';

/** The viewer's own Member id in this agency (what `managerId` filters on), once members load. */
export const useMyMemberId = () => {
  const viewer = useViewer();
  const { members, loading, error } = useMembers();
  const mine = members.find((member) => member.user.id === viewer.user.id);
  return { myMemberId: mine?.id ?? null, members, loading: loading && members.length === 0, error };
};
