/** entity_counts' manager key of the entities nobody manages (a primary key cannot hold NULL). */
export const UNASSIGNED_MANAGER_KEY = '00000000-0000-0000-0000-000000000000';

/**
 * How many seller entities there are, live only or archived too, of one manager (:managerId) or
 * all, from entity_counts: a sum over the agency's managers at most.
 */
export function entityCountSql(filter: { includeArchived?: boolean; managerId?: string }): string {
  const conditions = [
    filter.includeArchived ? '' : 'NOT ec.archived',
    filter.managerId ? 'ec.manager_key = :managerId' : '',
  ].filter(Boolean);
  return `SELECT coalesce(sum(ec.entities), 0)::int AS n FROM entity_counts ec
          ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}
