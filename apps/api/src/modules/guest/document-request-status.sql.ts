import type { DocumentRequestStatus } from '@veridesk/domain';

/**
 * documentRequestStatus (libs/domain) as a WHERE condition on the request aliased `r`, for
 * filtering a list in SQL; `now` names the bound instant. Kept in step by the integration test
 * that filters requests in every state by each status.
 */
export function documentRequestStatusSql(status: DocumentRequestStatus, r: string, now: string) {
  const live = `${r}.revoked_at IS NULL`;
  switch (status) {
    case 'REVOKED':
      return `${r}.revoked_at IS NOT NULL`;
    case 'ACCEPTED':
      return `(${live} AND ${r}.reviewed_at IS NOT NULL AND ${r}.accepted)`;
    case 'REJECTED':
      return `(${live} AND ${r}.reviewed_at IS NOT NULL AND NOT ${r}.accepted)`;
    case 'SUBMITTED':
      return `(${live} AND ${r}.reviewed_at IS NULL AND ${r}.submitted_at IS NOT NULL)`;
    case 'EXPIRED':
      return `(${live} AND ${r}.submitted_at IS NULL AND ${r}.expires_at <= ${now})`;
    case 'OPEN':
      return `(${live} AND ${r}.submitted_at IS NULL AND ${r}.expires_at > ${now})`;
  }
}
