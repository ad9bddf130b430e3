import type { DocumentStatus } from '@veridesk/domain';

/**
 * The documents of one status (libs/domain documentValidity: valid through the expiry date, none =
 * long-term) as a condition on `alias`, in index ranges of expires_on. `today` is the agency's date
 * and `warningEnd` today + the agency's expiryWarningDays, both date parameters.
 */
export function documentStatusSql(
  status: DocumentStatus,
  alias: string,
  today: string,
  warningEnd: string,
): string {
  switch (status) {
    case 'EXPIRED':
      return `${alias}.expires_on < ${today}`;
    case 'EXPIRING_SOON':
      return `${alias}.expires_on BETWEEN ${today} AND ${warningEnd}`;
    case 'VALID':
      return `(${alias}.expires_on IS NULL OR ${alias}.expires_on > ${warningEnd})`;
  }
}
