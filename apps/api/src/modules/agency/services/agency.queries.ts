/**
 * The agency module's raw SQL, beside the service that runs it.
 *
 * Documents of live (not archived) entities expiring in each of `$2` weeks (Monday to Sunday)
 * from the week of `$1` (the agency's today) on, counting only expiries from today on.
 */
export const EXPIRY_WEEKS_SQL = `WITH weeks AS (
           SELECT generate_series(date_trunc('week', $1::date), date_trunc('week', $1::date) + ($2 - 1) * interval '1 week', interval '1 week')::date AS week_start)
         SELECT w.week_start::text AS week_start,
                count(d.id)::int AS documents,
                count(d.id) FILTER (WHERE d.type = 'BUSINESS_LICENSE')::int AS business_licenses,
                count(d.id) FILTER (WHERE d.type = 'RESIDENT_ID_CARD')::int AS id_cards
           FROM weeks w
           LEFT JOIN documents d ON d.expires_on >= w.week_start AND d.expires_on < w.week_start + 7 AND d.expires_on >= $1::date
            AND EXISTS (SELECT 1 FROM seller_entities e WHERE e.agency_id = d.agency_id AND e.id = d.seller_entity_id AND e.archived_at IS NULL)
          GROUP BY w.week_start ORDER BY w.week_start`;

export type ExpiryWeekRow = {
  week_start: string;
  documents: number;
  business_licenses: number;
  id_cards: number;
};
