import type { DocumentStatus } from '@veridesk/domain';
import { documentStatusSql } from './document-status.sql';

export type DocumentCountFilter = {
  status?: DocumentStatus;
  type?: string;
  site?: string;
  expiringWithinDays?: number;
};

/**
 * How many documents of live entities match `filter`, from document_expiry_counts (per date, type
 * and site; long-term documents under "infinity", which documentStatusSql's ranges treat as the
 * latest date): a sum over at most the distinct expiry dates, whatever the number of documents.
 * Parameters: :today, :warningEnd (today + the agency's warning days), :withinEnd (today +
 * expiringWithinDays), :type, :site.
 */
export function documentCountSql(filter: DocumentCountFilter): string {
  const conditions = [
    // Site "*" holds every document once; a site's documents are those for every site ("") and
    // those naming it.
    filter.site ? `dc.site IN ('', :site)` : `dc.site = '*'`,
    filter.type ? 'dc.type = :type' : '',
    filter.status ? documentStatusSql(filter.status, 'dc', ':today', ':warningEnd') : '',
    filter.expiringWithinDays !== undefined && filter.expiringWithinDays !== null
      ? 'dc.expires_on <= :withinEnd'
      : '',
  ].filter(Boolean);
  return `SELECT coalesce(sum(dc.documents), 0)::int AS n
            FROM document_expiry_counts dc WHERE ${conditions.join(' AND ')}`;
}
