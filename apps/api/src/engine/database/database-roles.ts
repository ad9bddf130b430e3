/** The non-owner role every tenant query runs as (row-level security applies to it). */
export const APP_ROLE = 'veridesk_app';
/** The read-only role for the few lookups that precede knowing the agency. */
export const SYSTEM_ROLE = 'veridesk_system';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement that puts an open transaction in the app role and one agency (row-level security's
 * `app.agency_id`), both local to the transaction. Written out rather than bound, so it can travel
 * in the same message as the statement that opens the transaction (one round trip instead of two);
 * the agency id is checked to be a UUID first, so nothing else can reach the SQL text.
 */
export function enterAgencySql(agencyId: string): string {
  if (!UUID.test(agencyId)) throw new Error('An agency id must be a UUID');
  return `SELECT set_config('role', '${APP_ROLE}', true), set_config('app.agency_id', '${agencyId}', true)`;
}
