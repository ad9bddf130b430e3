/** The non-owner role every tenant query runs as (row-level security applies to it). */
export const APP_ROLE = 'veridesk_app';
/** The read-only role for the few lookups that precede knowing the agency. */
export const SYSTEM_ROLE = 'veridesk_system';
