import type { Site } from '@veridesk/domain';
import { bind } from '../../../engine/database/sql';
import { countBeforeSql, DatedCounter, monthOf } from '../../../engine/database/counter-sums.sql';
import { heldStoreSql } from '../../store/store-status.sql';
import { openCaseSql } from '../../verification-case/case-status.sql';

// Where the impact module's raw SQL always found it.
export { bind };

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
  // Each store's reasons are looked up from the store (LATERAL: index ranges of its entity's
  // cases, licences, representatives and documents), whatever the planner believes about the
  // agency's row counts: joined as sets instead, a table never analysed (an agency's first minutes)
  // made it scan the agency's rows once per store.
  return `
    SELECT s.id AS store_id, r.code, r.due_on, r.tier, r.document_id, r.representative_id, r.case_id
      FROM stores s
      JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id AND e.archived_at IS NULL
     CROSS JOIN LATERAL (
       SELECT CASE WHEN c.deadline_at < :now THEN 'VERIFICATION_OVERDUE' ELSE 'OPEN_VERIFICATION_CASE' END AS code,
              (c.deadline_at AT TIME ZONE :timeZone)::date AS due_on,
              CASE WHEN c.deadline_at < :now THEN 0 ELSE 1 END AS tier,
              NULL::uuid AS document_id, c.representative_id AS representative_id, c.id AS case_id
         FROM verification_cases c
        WHERE c.agency_id = s.agency_id AND c.seller_entity_id = s.seller_entity_id AND ${openCaseSql('c')}
       UNION ALL
       SELECT 'STORE_RESTRICTED', (s.freeze_until AT TIME ZONE :timeZone)::date, 0, NULL, NULL, NULL
        WHERE ${heldStoreSql('s')}
       UNION ALL
       -- The entity's current licence: the one recorded last.
       SELECT CASE WHEN l.expires_on < :today THEN 'LICENSE_EXPIRED' ELSE 'LICENSE_EXPIRING' END,
              l.expires_on, 1, l.id, NULL, NULL
         FROM (SELECT d.id, d.expires_on FROM documents d
                WHERE d.agency_id = s.agency_id AND d.seller_entity_id = s.seller_entity_id
                  AND d.type = 'BUSINESS_LICENSE'
                ORDER BY d.created_at DESC, d.id DESC LIMIT 1) l
        WHERE l.expires_on <= :horizon
       UNION ALL
       SELECT CASE WHEN p.id_expires_on < :today THEN 'ID_EXPIRED' ELSE 'ID_EXPIRING' END,
              p.id_expires_on, 1,
              (SELECT d.id FROM documents d
                WHERE d.agency_id = p.agency_id AND d.representative_id = p.id AND d.type = 'RESIDENT_ID_CARD'
                ORDER BY d.created_at DESC LIMIT 1),
              p.id, NULL
         FROM representatives p
        WHERE p.agency_id = s.agency_id AND p.seller_entity_id = s.seller_entity_id
          AND p.id_expires_on <= :horizon
       UNION ALL
       SELECT CASE WHEN d.expires_on < :today THEN 'DOCUMENT_EXPIRED' ELSE 'DOCUMENT_EXPIRING' END,
              d.expires_on, 1, d.id, d.representative_id, NULL
         FROM documents d
        WHERE d.agency_id = s.agency_id AND d.seller_entity_id = s.seller_entity_id
          AND d.type NOT IN ('BUSINESS_LICENSE', 'RESIDENT_ID_CARD')
          AND d.expires_on <= :horizon
          AND (d.sites = '{}' OR s.site = ANY (d.sites))
     ) r
     WHERE s.status <> 'CLOSED' ${storeFilters}`;
}

/** A store_impacts row's urgency at :now: 0 = restricted or its case is overdue. */
const TIER = `CASE WHEN si.restricted OR si.case_deadline_at < :now THEN 0 ELSE 1 END`;
/** Its earliest due date at :now within :horizon, in :timeZone (infinity: restricted, no date). */
const DUE_ON = `coalesce(least((si.case_deadline_at AT TIME ZONE :timeZone)::date,
                               (si.freeze_until AT TIME ZONE :timeZone)::date,
                               CASE WHEN si.expires_on <= :horizon THEN si.expires_on END),
                         'infinity'::date)`;
/** The store_impacts row `si` has a reason within :horizon (a CLOSED store's row never does). */
export const AFFECTED_IMPACT = `(si.flagged OR si.expires_on <= :horizon)`;

function impactFilters(parameters: ImpactParameters): string {
  return [
    parameters.site ? 'AND si.site = :site' : '',
    parameters.sellerEntityId ? 'AND si.seller_entity_id = :sellerEntityId' : '',
  ].join(' ');
}

/** store_impact_counts by earliest expiry, and its rollup by month (migration CountRollups). */
const STORE_COUNTS: DatedCounter = {
  counter: 'store_impact_counts',
  dated: 'expires_on',
  rollup: 'store_impact_month_counts',
  bucket: 'expires_month',
  bucketOf: monthOf,
  count: 'stores',
};

/**
 * The stores affected within :horizon whose site meets `site` (a condition on the alias given):
 * the flagged ones, and the others by earliest expiry up to :horizon — whole months from the
 * rollup and the horizon's month from the counter, however many expiry dates the portfolio holds.
 */
const affectedStoresSql = (site: (alias: string) => string) =>
  `(${countBeforeSql(STORE_COUNTS, (alias) => `NOT ${alias}.flagged AND ${site(alias)}`, '(:horizon::date + 1)')}
    + (SELECT coalesce(sum(f.stores), 0) FROM store_impact_month_counts f WHERE f.flagged AND ${site('f')}))::int`;

/**
 * The number of affected stores. Of one entity: two index ranges of its store_impacts rows. Of the
 * portfolio or a site: sums over store_impact_counts and its monthly rollup (affectedStoresSql).
 */
export function affectedCountSql(parameters: ImpactParameters): string {
  if (parameters.sellerEntityId) {
    const filters = impactFilters(parameters);
    return `
    SELECT (SELECT count(*) FROM store_impacts si WHERE si.flagged ${filters})::int
         + (SELECT count(*) FROM store_impacts si
             WHERE NOT si.flagged AND si.expires_on <= :horizon ${filters})::int AS n`;
  }
  return `SELECT ${affectedStoresSql((alias) => (parameters.site ? `${alias}.site = :site` : 'true'))} AS n`;
}

/**
 * Per site: its stores (of live entities), those affected within :horizon and those restricted,
 * from store_impact_counts' monthly rollup (a few rows per site) and, for the horizon's month, the
 * counter.
 */
export const SITE_COUNTS_SQL = `
    SELECT sm.site, sm.stores, ${affectedStoresSql((alias) => `${alias}.site = sm.site`)} AS affected, sm.restricted
      FROM (SELECT m.site, sum(m.stores)::int AS stores,
                   coalesce(sum(m.stores) FILTER (WHERE m.restricted), 0)::int AS restricted
              FROM store_impact_month_counts m GROUP BY m.site) sm`;

/** A flagged store_impacts row `si` ranked at :now: store_id, tier, due_on. */
const RANKED = `si.store_id, ${TIER} AS tier, ${DUE_ON} AS due_on`;

/**
 * The flagged stores of one page after the cursor, ranked (tier, due_on, store_id), :limit rows,
 * without ranking every flagged store. A store is due on the earliest of three dates (its case
 * deadline, its freeze end, its earliest expiry within :horizon), and each has an index order
 * (IDX_store_impacts_flagged_by_*). 1. `candidates`: the first :limit rows in each order from the
 * cursor's date (restricted and overdue ones for the last two), ranked; the :limit-th of them after
 * the cursor is a bound, `bound`: the page holds no row ranked after it. 2. When the bound is a
 * tier 0 row with a date, only the rows with one of their three dates between the cursor's date and
 * the bound's can be on the page (a row's due date is one of its dates), read as three index
 * ranges; otherwise (fewer candidates than :limit, or the bound in tier 1 or undated) every flagged
 * row is ranked, as before. Exact either way; the candidates only decide how few rows are read.
 */
function flaggedPageSql(filters: string, afterTier: number | null, after: string): string {
  // A row after a tier 0 cursor in tier 0 is due on or after the cursor's date: so are its dates.
  const from = afterTier === 0 ? ':cursorDue::date' : `'-infinity'::date`;
  const range = (bounded: string) =>
    `(SELECT ${RANKED} FROM store_impacts si
       WHERE si.flagged AND ${bounded} AND (SELECT bounded FROM upper_bound) ${filters})`;
  return `
    WITH lower_bound AS (
      SELECT ${from} AS on_date, (${from}::timestamp AT TIME ZONE :timeZone) AS at),
    candidates AS (
      (SELECT ${RANKED} FROM store_impacts si
        WHERE si.flagged AND si.case_deadline_at >= (SELECT at FROM lower_bound) ${filters}
        ORDER BY si.case_deadline_at LIMIT :limit)
      UNION
      (SELECT ${RANKED} FROM store_impacts si
        WHERE si.flagged AND si.freeze_until >= (SELECT at FROM lower_bound) ${filters}
        ORDER BY si.freeze_until LIMIT :limit)
      UNION
      (SELECT ${RANKED} FROM store_impacts si
        WHERE si.flagged AND si.expires_on >= (SELECT on_date FROM lower_bound)
          AND (si.restricted OR si.case_deadline_at < :now) ${filters}
        ORDER BY si.expires_on LIMIT :limit)),
    bound AS (
      SELECT tier, due_on FROM candidates WHERE true ${after}
       ORDER BY tier, due_on, store_id OFFSET :limit - 1 LIMIT 1),
    upper_bound AS (
      SELECT coalesce(b.tier = 0 AND b.due_on < 'infinity', false) AS bounded,
             CASE WHEN b.due_on < 'infinity' THEN b.due_on END AS on_date,
             CASE WHEN b.due_on < 'infinity' THEN ((b.due_on + 1)::timestamp AT TIME ZONE :timeZone) END AS before
        FROM (SELECT) one LEFT JOIN bound b ON true)
    SELECT * FROM (
      (SELECT ${RANKED} FROM store_impacts si
        WHERE si.flagged AND NOT (SELECT bounded FROM upper_bound) ${filters})
      UNION ${range(
        `si.case_deadline_at >= (SELECT at FROM lower_bound) AND si.case_deadline_at < (SELECT before FROM upper_bound)`,
      )}
      UNION ${range(
        `si.freeze_until >= (SELECT at FROM lower_bound) AND si.freeze_until < (SELECT before FROM upper_bound)`,
      )}
      UNION ${range(
        `si.expires_on >= (SELECT on_date FROM lower_bound) AND si.expires_on <= (SELECT on_date FROM upper_bound)`,
      )}
    ) flagged WHERE true ${after} ORDER BY tier, due_on, store_id LIMIT :limit`;
}

/**
 * One page of affected stores after the cursor (:cursorTier, :cursorDue, :cursorStore), :limit
 * rows, merged from two sub-streams: the flagged stores (restricted or with an open case; ranked
 * within a bound, flaggedPageSql) and the others, which are tier 1 and due on their earliest
 * expiry, read in index order and cut by LIMIT.
 */
export function affectedPageSql(parameters: ImpactParameters, afterTier: number | null): string {
  const filters = impactFilters(parameters);
  const after =
    afterTier === null
      ? ''
      : 'AND (tier, due_on, store_id) > (:cursorTier::int, :cursorDue::date, :cursorStore::uuid)';
  // The unflagged stream is all tier 1: after a tier 0 cursor it starts at its beginning.
  const afterExpiry =
    afterTier === null || afterTier === 0
      ? ''
      : afterTier === 1
        ? 'AND (si.expires_on, si.store_id) > (:cursorDue::date, :cursorStore::uuid)'
        : 'AND false';
  return `
    SELECT store_id, tier, due_on::text AS due_on FROM (
      (${flaggedPageSql(filters, afterTier, after)})
      UNION ALL
      (SELECT si.store_id, 1, si.expires_on
         FROM store_impacts si
        WHERE NOT si.flagged AND si.expires_on <= :horizon ${filters} ${afterExpiry}
        ORDER BY si.expires_on, si.store_id LIMIT :limit)
    ) streams ORDER BY tier, due_on, store_id LIMIT :limit`;
}
