import type DataLoader from 'dataloader';
import type { Role } from '@veridesk/domain';
import type { EntityManager } from 'typeorm';
import type { RequestTransaction } from '../database/request-transaction';

/** Opaque in the store's type: nestjs-cls's key-path typing would recurse forever into EntityManager. */
export class TransactionHandle {
  readonly #manager: EntityManager;

  constructor(manager: EntityManager) {
    this.#manager = manager;
  }

  manager(): EntityManager {
    return this.#manager;
  }
}

/** Who is calling: a signed-in member or an API key, always inside one agency. */
export type Principal = {
  kind: 'user' | 'api-key';
  agencyId: string;
  role: Role;
  /** The member's user, or the user who created the API key. */
  userId: string | null;
  membershipId: string | null;
  apiKeyId: string | null;
  /** The browser session behind an access token (null for API keys and older tokens). */
  sessionId?: string | null;
  /**
   * The agency requires two-factor sign-in of this member's role and it is not on yet: only the
   * operations marked @AllowBeforeTwoFactor() answer.
   */
  mustSetUpTwoFactor?: boolean;
  /** Written to audit events: "user:li.na@agency.cn" or "api-key:vdk_3f9a1c2b". */
  label: string;
};

export type RequestContextStore = {
  /** Per-request DataLoaders and the values they have answered (RequestLoaders). */
  loaders?: Map<string, { loader: DataLoader<unknown, unknown>; values: Map<unknown, unknown> }>;
  /**
   * Values computed once per request or job (AgencyClock's "now" and the agency's settings), as
   * promises so concurrent callers share one computation, and once settled as values too. Created where the request or job enters
   * its agency, so the child contexts of DataLoader batches share it by reference (a value set
   * inside a child context would stay there).
   */
  memo?: Map<string, unknown>;
  requestId?: string;
  agencyId?: string;
  principal?: Principal;
  /** The open tenant transaction (an EntityManager), so nested work joins it instead of opening another. */
  entityManager?: TransactionHandle;
  /** A GraphQL query's one read transaction, which every read of the request joins. */
  requestTransaction?: RequestTransaction;
};
