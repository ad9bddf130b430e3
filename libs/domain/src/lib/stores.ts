/**
 * Statuses in which Lazada holds some or all of a store's modules: a case's pass makes them ACTIVE
 * again, a failed call extends their freeze, and they count as restricted wherever impact is shown.
 * SQL reads the same list through heldStoreSql (apps/api/src/modules/store/store-status.sql.ts).
 */
export const HELD_STORE_STATUSES = ['RESTRICTED', 'FROZEN', 'UNDER_REVIEW'] as const;
export type HeldStoreStatus = (typeof HELD_STORE_STATUSES)[number];

export function isHeldStoreStatus(status: string): status is HeldStoreStatus {
  return (HELD_STORE_STATUSES as readonly string[]).includes(status);
}
