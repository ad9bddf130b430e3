import { HELD_STORE_STATUSES } from '@veridesk/domain';

/** The held statuses (libs/domain HELD_STORE_STATUSES) as a SQL list: ('RESTRICTED', …). */
const HELD_LIST = `(${HELD_STORE_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/** True for a store (`alias`.status, or a bare `status` column) Lazada holds. */
export function heldStoreSql(alias?: string): string {
  return `${alias ? `${alias}.` : ''}status IN ${HELD_LIST}`;
}

/**
 * The freeze end after a failed call (RULES.md, recordAttempt): max(current end, call time) + the
 * extension's hours. `current` is a timestamptz expression (null = no freeze yet); `occurredAt` a
 * timestamptz and `hours` an integer, both bound parameters. The one home of the rule: it runs in
 * the UPDATE of the entity's held stores, under their row locks.
 */
export function extendedFreezeUntilSql(current: string, occurredAt: string, hours: string): string {
  return `GREATEST(COALESCE(${current}, ${occurredAt}), ${occurredAt}) + make_interval(hours => ${hours})`;
}
