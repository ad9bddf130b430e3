import type { DocumentStatus } from '@veridesk/domain';
import { countBeforeSql, DatedCounter, monthOf } from '../../engine/database/counter-sums.sql';
import { documentStatusSql } from './document-status.sql';

export type DocumentCountFilter = {
  status?: DocumentStatus;
  type?: string;
  site?: string;
  expiringWithinDays?: number;
};

/** document_expiry_counts and its rollup by month of expiry (migration CountRollups). */
const DOCUMENT_COUNTS: DatedCounter = {
  counter: 'document_expiry_counts',
  dated: 'expires_on',
  rollup: 'document_month_counts',
  bucket: 'expires_month',
  bucketOf: monthOf,
  count: 'documents',
};

/**
 * How many documents of live entities match `filter`, from document_expiry_counts (per date, type
 * and site; long-term documents under "infinity", which documentStatusSql's ranges treat as the
 * latest date; every date's documents again under the site key's total, "#" + the key) and its
 * monthly rollup: a sum over the types, over the distinct expiry dates of a short range, or over
 * the months before a date and that month's dates, whatever the number of documents.
 * Parameters: :today, :warningEnd (today + the agency's warning days), :withinEnd (today +
 * expiringWithinDays), :type, :site.
 */
export function documentCountSql(filter: DocumentCountFilter): string {
  // Site "*" holds every document once; a site's documents are those for every site ("") and
  // those naming it.
  const sites = (prefix: string, alias = 'dc') =>
    filter.site
      ? `${alias}.site IN ('${prefix}', '${prefix}' || :site)`
      : `${alias}.site = '${prefix}*'`;
  const type = (alias = 'dc') => (filter.type ? `AND ${alias}.type = :type` : '');
  const sum = (conditions: string) =>
    `(SELECT coalesce(sum(dc.documents), 0) FROM document_expiry_counts dc WHERE ${conditions} ${type()})`;
  // Documents expiring before a date, however far back: whole months, then that month's dates.
  const before = (date: string) =>
    countBeforeSql(DOCUMENT_COUNTS, (alias) => `${sites('', alias)} ${type(alias)}`, date);
  const within = filter.expiringWithinDays !== undefined && filter.expiringWithinDays !== null;
  let count: string;
  if (!within && !filter.status) count = sum(sites('#'));
  else if (!within && filter.status === 'VALID')
    // Long-term or expiring after the warning window: all of them less the others.
    count = `${sum(sites('#'))} - ${before('(:warningEnd::date + 1)')}`;
  else if (filter.status === 'EXPIRED' || !filter.status)
    // Expired (before today) or expiring within the days asked for (through withinEnd): no lower
    // bound, so by month.
    count = before(
      [filter.status ? ':today::date' : '', within ? '(:withinEnd::date + 1)' : '']
        .filter(Boolean)
        .reduce((bound, next) => (bound ? `least(${bound}, ${next})` : next), ''),
    );
  else
    // Expiring soon, or valid and expiring within the days asked for: a range of a few dates.
    count = sum(
      [
        sites(''),
        documentStatusSql(filter.status, 'dc', ':today', ':warningEnd'),
        within ? 'dc.expires_on <= :withinEnd' : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    );
  return `SELECT (${count})::int AS n`;
}
