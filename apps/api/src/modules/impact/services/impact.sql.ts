import type { Site } from '@veridesk/domain';
import { heldStoreSql } from '../../store/store-status.sql';
import { openCaseSql } from '../../verification-case/case-status.sql';

export type ImpactParameters = {
  now: Date;
  today: string;
  /** today + withinDays: expiries up to this date count. */
  horizon: string;
  timeZone: string;
  site?: Site;
  sellerEntityId?: string;
  /** Only these stores (the reasons of one page). */
  storeIds?: string[];
};

/** Binds :named parameters of a SQL text to $n positions for a raw query. */
export function bind(sql: string, parameters: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const positions = new Map<string, number>();
  const text = sql.replace(/(?<!:):([a-zA-Z]\w*)/g, (match, name: string) => {
    if (!(name in parameters)) return match;
    if (!positions.has(name)) {
      values.push(parameters[name]);
      positions.set(name, values.length);
    }
    return `$${positions.get(name)}`;
  });
  return [text, values];
}

/**
 * Every impact reason of every live store (entity not archived, store not closed), as one set:
 * store_id, code, due_on, tier (0 = overdue or restricted), document_id, representative_id, case_id.
 * Parameters: :now :today :horizon :timeZone [:site] [:sellerEntityId] [:storeIds].
 * Derived from the source tables: the reasons of one page's stores (index lookups per store), and
 * the reference the store_impacts derivation is tested against. Ranking and counting read
 * store_impacts instead (affectedStoresSql below).
 * The same rules also live in the PL/pgSQL refresh functions that keep store_impacts (migration
 * 1795971000000-StoreImpactsBulkRefresh): a migration is history and cannot import this living
 * code, so changing a rule means changing it here and in a new migration that replaces those
 * functions; store-impacts.integration-spec fails while the two disagree.
 */
export function impactReasonsSql(parameters: ImpactParameters): string {
  const storeFilters = [
    parameters.site ? 'AND s.site = :site' : '',
    parameters.sellerEntityId ? 'AND s.seller_entity_id = :sellerEntityId' : '',
    parameters.storeIds ? 'AND s.id = ANY (:storeIds::uuid[])' : '',
  ].join(' ');
  return `
    WITH live_stores AS (
      SELECT s.id, s.agency_id, s.seller_entity_id, s.site, s.status, s.freeze_until
      FROM stores s
      JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id AND e.archived_at IS NULL
      WHERE s.status <> 'CLOSED' ${storeFilters}
    ),
    -- Each entity's current licence (the one recorded last), found once per entity, not per store.
    licences AS (
      SELECT DISTINCT ON (d.seller_entity_id) d.seller_entity_id, d.id, d.expires_on
        FROM documents d
       WHERE d.type = 'BUSINESS_LICENSE'
         AND (d.agency_id, d.seller_entity_id) IN (SELECT agency_id, seller_entity_id FROM live_stores)
       ORDER BY d.seller_entity_id, d.created_at DESC, d.id DESC
    )
    SELECT s.id AS store_id,
           CASE WHEN c.deadline_at < :now THEN 'VERIFICATION_OVERDUE' ELSE 'OPEN_VERIFICATION_CASE' END AS code,
           (c.deadline_at AT TIME ZONE :timeZone)::date AS due_on,
           CASE WHEN c.deadline_at < :now THEN 0 ELSE 1 END AS tier,
           NULL::uuid AS document_id, c.representative_id AS representative_id, c.id AS case_id
      FROM live_stores s
      JOIN verification_cases c ON c.agency_id = s.agency_id AND c.seller_entity_id = s.seller_entity_id
       AND ${openCaseSql('c')}
    UNION ALL
    SELECT s.id, 'STORE_RESTRICTED', (s.freeze_until AT TIME ZONE :timeZone)::date, 0, NULL, NULL, NULL
      FROM live_stores s
     WHERE ${heldStoreSql('s')}
    UNION ALL
    SELECT s.id, CASE WHEN l.expires_on < :today THEN 'LICENSE_EXPIRED' ELSE 'LICENSE_EXPIRING' END,
           l.expires_on, 1, l.id, NULL, NULL
      FROM live_stores s
      JOIN licences l ON l.seller_entity_id = s.seller_entity_id AND l.expires_on <= :horizon
    UNION ALL
    SELECT s.id, CASE WHEN r.id_expires_on < :today THEN 'ID_EXPIRED' ELSE 'ID_EXPIRING' END,
           r.id_expires_on, 1,
           (SELECT d.id FROM documents d
             WHERE d.agency_id = r.agency_id AND d.representative_id = r.id AND d.type = 'RESIDENT_ID_CARD'
             ORDER BY d.created_at DESC LIMIT 1),
           r.id, NULL
      FROM live_stores s
      JOIN representatives r ON r.agency_id = s.agency_id AND r.seller_entity_id = s.seller_entity_id
     WHERE r.id_expires_on <= :horizon
    UNION ALL
    SELECT s.id, CASE WHEN d.expires_on < :today THEN 'DOCUMENT_EXPIRED' ELSE 'DOCUMENT_EXPIRING' END,
           d.expires_on, 1, d.id, d.representative_id, NULL
      FROM live_stores s
      JOIN documents d ON d.agency_id = s.agency_id AND d.seller_entity_id = s.seller_entity_id
       AND d.type NOT IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD')
       AND d.expires_on <= :horizon
       AND (d.sites = '{}' OR s.site = ANY (d.sites))`;
}

/** A store_impacts row's urgency at :now: 0 = restricted or its case is overdue. */
const TIER = `CASE WHEN si.restricted OR si.case_deadline_at < :now THEN 0 ELSE 1 END`;
/** Its earliest due date at :now within :horizon, in :timeZone (infinity: restricted, no date). */
const DUE_ON = `coalesce(least((si.case_deadline_at AT TIME ZONE :timeZone)::date,
                               (si.freeze_until AT TIME ZONE :timeZone)::date,
                               CASE WHEN si.expires_on <= :horizon THEN si.expires_on END),
                         'infinity'::date)`;
/** The store has a reason within :horizon (a CLOSED store's row never does). */
export const AFFECTED_IMPACT = `(si.flagged OR si.expires_on <= :horizon)`;

function impactFilters(parameters: ImpactParameters): string {
  return [
    parameters.site ? 'AND si.site = :site' : '',
    parameters.sellerEntityId ? 'AND si.seller_entity_id = :sellerEntityId' : '',
  ].join(' ');
}

/** The number of affected stores: two index ranges (flagged; the others by expiry). */
export function affectedCountSql(parameters: ImpactParameters): string {
  const filters = impactFilters(parameters);
  return `
    SELECT (SELECT count(*) FROM store_impacts si WHERE si.flagged ${filters})::int
         + (SELECT count(*) FROM store_impacts si
             WHERE NOT si.flagged AND si.expires_on <= :horizon ${filters})::int AS n`;
}

/**
 * One page of affected stores after the cursor (:cursorTier, :cursorDue, :cursorStore), :limit
 * rows, merged from two sub-streams: the flagged stores (restricted or with an open case — bounded
 * by the open cases, ranked in memory) and the others, which are tier 1 and due on their earliest
 * expiry, read in index order and cut by LIMIT.
 */
export function affectedPageSql(parameters: ImpactParameters, afterTier: number | null): string {
  const filters = impactFilters(parameters);
  const after =
    afterTier === null
      ? ''
      : 'WHERE (tier, due_on, store_id) > (:cursorTier::int, :cursorDue::date, :cursorStore::uuid)';
  // The unflagged stream is all tier 1: after a tier 0 cursor it starts at its beginning.
  const afterExpiry =
    afterTier === null || afterTier === 0
      ? ''
      : afterTier === 1
        ? 'AND (si.expires_on, si.store_id) > (:cursorDue::date, :cursorStore::uuid)'
        : 'AND false';
  return `
    SELECT store_id, tier, due_on::text AS due_on FROM (
      (SELECT * FROM (
         SELECT si.store_id, ${TIER} AS tier, ${DUE_ON} AS due_on
           FROM store_impacts si WHERE si.flagged ${filters}) flagged
        ${after} ORDER BY tier, due_on, store_id LIMIT :limit)
      UNION ALL
      (SELECT si.store_id, 1, si.expires_on
         FROM store_impacts si
        WHERE NOT si.flagged AND si.expires_on <= :horizon ${filters} ${afterExpiry}
        ORDER BY si.expires_on, si.store_id LIMIT :limit)
    ) streams ORDER BY tier, due_on, store_id LIMIT :limit`;
}
