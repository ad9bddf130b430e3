import type { MembershipEntity } from './membership.entity';
import type { MemberObject } from './member.object';

export function toMemberObject(membership: MembershipEntity): MemberObject {
  const user = membership.user;
  if (!user) throw new Error('Membership loaded without its user');
  return {
    id: membership.id,
    role: membership.role,
    createdAt: membership.createdAt,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      timeZone: user.timeZone,
      locale: user.locale,
    },
  };
}
