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
 * latest date; every date's documents again under the site key's total, "#" + the key): a sum over
 * the types, or over the distinct expiry dates in a range, whatever the number of documents.
 * Parameters: :today, :warningEnd (today + the agency's warning days), :withinEnd (today +
 * expiringWithinDays), :type, :site.
 */
export function documentCountSql(filter: DocumentCountFilter): string {
  // Site "*" holds every document once; a site's documents are those for every site ("") and
  // those naming it.
  const sites = (prefix: string) =>
    filter.site ? `dc.site IN ('${prefix}', '${prefix}' || :site)` : `dc.site = '${prefix}*'`;
  const type = filter.type ? 'AND dc.type = :type' : '';
  const sum = (conditions: string) =>
    `(SELECT coalesce(sum(dc.documents), 0) FROM document_expiry_counts dc WHERE ${conditions} ${type})`;
  const within = filter.expiringWithinDays !== undefined && filter.expiringWithinDays !== null;
  let count: string;
  if (!within && !filter.status) count = sum(sites('#'));
  else if (!within && filter.status === 'VALID')
    // Long-term or expiring after the warning window: all of them less the others.
    count = `${sum(sites('#'))} - ${sum(`${sites('')} AND dc.expires_on <= :warningEnd`)}`;
  else
    count = sum(
      [
        sites(''),
        filter.status ? documentStatusSql(filter.status, 'dc', ':today', ':warningEnd') : '',
        within ? 'dc.expires_on <= :withinEnd' : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    );
  return `SELECT (${count})::int AS n`;
}
