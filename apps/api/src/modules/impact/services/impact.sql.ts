import type { Site } from '@veridesk/domain';

export type ImpactParameters = {
  now: Date;
  today: string;
  /** today + withinDays: expiries up to this date count. */
  horizon: string;
  timeZone: string;
  site?: Site;
  sellerEntityId?: string;
};

/**
 * Every impact reason of every live store (entity not archived, store not closed), as one set:
 * store_id, code, due_on, tier (0 = overdue or restricted), document_id, representative_id, case_id.
 * Parameters: :now :today :horizon :timeZone [:site] [:sellerEntityId].
 */
export function impactReasonsSql(parameters: ImpactParameters): string {
  const storeFilters = [
    parameters.site ? 'AND s.site = :site' : '',
    parameters.sellerEntityId ? 'AND s.seller_entity_id = :sellerEntityId' : '',
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
        FROM documents d WHERE d.type = 'BUSINESS_LICENSE'
       ORDER BY d.seller_entity_id, d.created_at DESC
    )
    SELECT s.id AS store_id,
           CASE WHEN c.deadline_at < :now THEN 'VERIFICATION_OVERDUE' ELSE 'OPEN_VERIFICATION_CASE' END AS code,
           (c.deadline_at AT TIME ZONE :timeZone)::date AS due_on,
           CASE WHEN c.deadline_at < :now THEN 0 ELSE 1 END AS tier,
           NULL::uuid AS document_id, c.representative_id AS representative_id, c.id AS case_id
      FROM live_stores s
      JOIN verification_cases c ON c.agency_id = s.agency_id AND c.seller_entity_id = s.seller_entity_id
       AND c.passed_at IS NULL AND c.cancelled_at IS NULL
    UNION ALL
    SELECT s.id, 'STORE_RESTRICTED', (s.freeze_until AT TIME ZONE :timeZone)::date, 0, NULL, NULL, NULL
      FROM live_stores s
     WHERE s.status IN ('RESTRICTED', 'FROZEN', 'UNDER_REVIEW')
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
