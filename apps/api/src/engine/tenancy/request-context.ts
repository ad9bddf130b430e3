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
  /** Written to audit events: "user:li.na@agency.cn" or "api-key:vdk_3f9a1c2b". */
  label: string;
};

export type RequestContextStore = {
  /** Per-request DataLoaders (RequestLoaders). */
  loaders?: Map<string, DataLoader<unknown, unknown>>;
  /** The agency's settings, read once per request (AgencyClock). */
  agencySettings?: { timeZone: string; expiryWarningDays: number };
  /** The request's one "now" and the agency's "today" (AgencyClock). */
  agencyTime?: { now: Date; today: string; timeZone: string; expiryWarningDays: number };
  requestId?: string;
  agencyId?: string;
  principal?: Principal;
  /** The open tenant transaction (an EntityManager), so nested work joins it instead of opening another. */
  entityManager?: TransactionHandle;
  /** A GraphQL query's one read transaction, which every read of the request joins. */
  requestTransaction?: RequestTransaction;
};
