import { canAdministerAgency, canGrantRole, ROLES } from '@veridesk/domain';
import type { Role } from '../../../generated/graphql';

export { canAdministerAgency, canGrantRole };

/** The roles this viewer may hand out, most powerful first: an ADMIN is never offered OWNER. */
export const grantableRoles = (viewerRole: Role): Role[] =>
  ROLES.filter((role) => canGrantRole(viewerRole, role));

/** Whether the viewer may change or remove a member who holds `memberRole`. */
export const canManageMember = (viewerRole: Role, memberRole: Role): boolean =>
  canGrantRole(viewerRole, memberRole);

export const ROLE_COLORS: Record<Role, string> = {
  OWNER: 'gold',
  ADMIN: 'purple',
  MANAGER: 'blue',
  VIEWER: 'default',
};
