import type { Site } from '@veridesk/domain';
import type { EntityManager } from 'typeorm';
import { openCaseSql } from '../verification-case/case-status.sql';

/**
 * What a member's calendar holds, read in the feed's agency (row-level security on). `managerId`
 * null: the whole agency (OWNER, ADMIN); otherwise the entities that member manages. Archived
 * entities are left out, as in the digest.
 */
const scope = (managerId: string | null) =>
  managerId === null
    ? `e.archived_at IS NULL AND $1::uuid IS NULL`
    : `e.archived_at IS NULL AND e.manager_id = $1`;

export type CaseMomentRow = { id: string; legal_name: string; site: Site; at: Date };
export type ExpiryRow = {
  id: string;
  entity_id: string;
  legal_name: string;
  type: string;
  expires_on: string;
};

/** Open cases with a booked appointment. */
export function bookedAppointments(
  manager: EntityManager,
  managerId: string | null,
): Promise<CaseMomentRow[]> {
  return manager.query(
    `SELECT c.id, e.legal_name, c.site, c.appointment_starts_at AS at FROM verification_cases c
       JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
      WHERE ${scope(managerId)} AND ${openCaseSql('c')} AND c.appointment_starts_at IS NOT NULL
      ORDER BY c.appointment_starts_at, c.id`,
    [managerId],
  );
}

/** Every open case's deadline. */
export function openCaseDeadlines(
  manager: EntityManager,
  managerId: string | null,
): Promise<CaseMomentRow[]> {
  return manager.query(
    `SELECT c.id, e.legal_name, c.site, c.deadline_at AS at FROM verification_cases c
       JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
      WHERE ${scope(managerId)} AND ${openCaseSql('c')}
      ORDER BY c.deadline_at, c.id`,
    [managerId],
  );
}

/** Documents expiring from `from` to `until` (agency dates, both included). */
export function documentExpiries(
  manager: EntityManager,
  managerId: string | null,
  from: string,
  until: string,
): Promise<ExpiryRow[]> {
  return manager.query(
    `SELECT d.id, e.id AS entity_id, e.legal_name, d.type, d.expires_on::text AS expires_on
       FROM documents d JOIN seller_entities e ON e.agency_id = d.agency_id AND e.id = d.seller_entity_id
      WHERE ${scope(managerId)} AND d.expires_on BETWEEN $2::date AND $3::date
      ORDER BY d.expires_on, d.id`,
    [managerId, from, until],
  );
}
