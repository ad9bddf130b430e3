export const DOCUMENT_REQUEST_STATUSES = [
  'OPEN',
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'EXPIRED',
  'REVOKED',
] as const;
export type DocumentRequestStatus = (typeof DOCUMENT_REQUEST_STATUSES)[number];

/** A document request link is valid this many days unless asked otherwise, and never longer than the maximum. */
export const DOCUMENT_REQUEST_DEFAULT_DAYS = 14;
export const DOCUMENT_REQUEST_MAX_DAYS = 30;
/** Scans one request may receive (a licence of several pages, a retake or two). */
export const DOCUMENT_REQUEST_MAX_FILES = 10;

export type DocumentRequestState = {
  revokedAt: Date | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  /** The review's verdict: true accepted, false rejected, null not reviewed. */
  accepted: boolean | null;
  expiresAt: Date;
};

/**
 * Where a document request stands (RULES.md "Guest links"): revoked wins; then the review's
 * verdict; then submitted; an OPEN request past its expiry is EXPIRED (a submitted one is not).
 */
export function documentRequestStatus(
  request: DocumentRequestState,
  now: Date,
): DocumentRequestStatus {
  if (request.revokedAt) return 'REVOKED';
  if (request.reviewedAt) return request.accepted ? 'ACCEPTED' : 'REJECTED';
  if (request.submittedAt) return 'SUBMITTED';
  return request.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'OPEN';
}
