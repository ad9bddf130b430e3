export const ROLES = ['OWNER', 'ADMIN', 'MANAGER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { OWNER: 4, ADMIN: 3, MANAGER: 2, VIEWER: 1 };

/** Members, invitations, API keys and revealing ID numbers. */
export function canAdministerAgency(role: Role): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}

/** Entities, representatives, stores, documents, cases and imports. */
export function canWritePortfolio(role: Role): boolean {
  return role !== 'VIEWER';
}

/** Nobody hands out more power than they hold: an ADMIN cannot mint an OWNER. */
export function canGrantRole(granter: Role, granted: Role): boolean {
  return canAdministerAgency(granter) && RANK[granted] <= RANK[granter];
}
