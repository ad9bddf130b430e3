import type { Role } from '@veridesk/domain';

/** A member as a bearer token names it: the membership and its user's email. */
export type MemberCredential = {
  membershipId: string;
  agencyId: string;
  role: Role;
  userId: string;
  email: string;
  /** The agency requires two-factor sign-in of this role and the user has not turned it on. */
  mustSetUpTwoFactor: boolean;
};

/** An unrevoked API key with what the resolver needs to check it (the secret's hash included). */
export type ApiKeyCredential = {
  id: string;
  agencyId: string;
  role: Role;
  prefix: string;
  createdById: string | null;
  lastUsedAt: Date | null;
  secretHash: string;
};

/**
 * Where PrincipalResolver looks callers up. The engine knows no business module: the member and
 * API-key tables are read by the implementation the application supplies
 * (AuthEngineModule.register), modules/auth/principal-directory.service.ts.
 */
export interface PrincipalDirectory {
  /** The membership of this user in this agency, read as the system role (before any tenant). */
  member(agencyId: string, userId: string): Promise<MemberCredential | null>;
  /** The unrevoked key with this prefix, read as the system role. */
  apiKey(prefix: string): Promise<ApiKeyCredential | null>;
  /** Records that the key was used now, inside its agency. */
  touchApiKey(key: { id: string; agencyId: string }, at: Date): Promise<void>;
}

export const PRINCIPAL_DIRECTORY = Symbol('PrincipalDirectory');
