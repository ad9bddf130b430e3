/**
 * The agency module's raw SQL, beside the service that runs it.
 *
 * Documents of live (not archived) entities expiring in each of `$2` weeks (Monday to Sunday)
 * from the week of `$1` (the agency's today) on, counting only expiries from today on: sums over
 * document_expiry_counts (site "*": every document once, per expiry date and type), at most 7 dates
 * a week whatever the number of documents.
 */
export const EXPIRY_WEEKS_SQL = `WITH weeks AS (
           SELECT generate_series(date_trunc('week', $1::date), date_trunc('week', $1::date) + ($2 - 1) * interval '1 week', interval '1 week')::date AS week_start),
         -- One index range of the counters (from today to the last week's end), summed per week.
         counted AS (
           SELECT date_trunc('week', dc.expires_on)::date AS week_start,
                  sum(dc.documents)::int AS documents,
                  coalesce(sum(dc.documents) FILTER (WHERE dc.type = 'BUSINESS_LICENSE'), 0)::int AS business_licenses,
                  coalesce(sum(dc.documents) FILTER (WHERE dc.type = 'RESIDENT_ID_CARD'), 0)::int AS id_cards
             FROM document_expiry_counts dc
            WHERE dc.site = '*' AND dc.expires_on >= $1::date
              AND dc.expires_on < date_trunc('week', $1::date)::date + 7 * $2
            GROUP BY 1)
         SELECT w.week_start::text AS week_start, coalesce(c.documents, 0) AS documents,
                coalesce(c.business_licenses, 0) AS business_licenses, coalesce(c.id_cards, 0) AS id_cards
           FROM weeks w LEFT JOIN counted c ON c.week_start = w.week_start
          ORDER BY w.week_start`;

export type ExpiryWeekRow = {
  week_start: string;
  documents: number;
  business_licenses: number;
  id_cards: number;
};
