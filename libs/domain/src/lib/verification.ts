export const CASE_STATUSES = [
  'AWAITING_BOOKING',
  'SCHEDULED',
  'FAILED',
  'OVERDUE',
  'PASSED',
  'CANCELLED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const VERIFICATION_STATUSES = [
  'NOT_REQUIRED',
  'AWAITING_BOOKING',
  'SCHEDULED',
  'FAILED',
  'OVERDUE',
  'VERIFIED',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const ATTEMPT_OUTCOMES = ['PASSED', 'FAILED', 'NO_SHOW', 'INTERRUPTED'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

export const FAILURE_REASONS = [
  'DOCUMENT_BLURRY',
  'AUDIO_UNCLEAR',
  'ID_MISMATCH',
  'LICENSE_EXPIRED',
  'SCOPE_MISSING_CATEGORY',
  'NETWORK_LATENCY',
  'WRONG_PERSON',
  'SCREEN_SWITCH',
  'OTHER',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export const TRIGGER_REASONS = [
  'REGISTRATION_MISMATCH',
  'LINKED_ACCOUNTS',
  'LISTING_BURST',
  'LOGIN_ENVIRONMENT',
  'CATEGORY_CHANGE',
  'VIOLATION_HISTORY',
  'REPRESENTATIVE_CHANGED',
  'EMAIL_DOMAIN_MISMATCH',
  'OTHER',
] as const;
export type TriggerReason = (typeof TRIGGER_REASONS)[number];

/** Lazada's countdown from the "Account Verification Required" notice. */
export const VERIFICATION_WINDOW_HOURS = 72;
/**
 * Each failed call extends the freeze by 24–72 hours. The extension itself (max(current end, call)
 * + hours on the entity's held stores) runs in the database: extendedFreezeUntilSql in
 * apps/api/src/modules/store/store-status.sql.ts.
 */
export const FREEZE_EXTENSION_HOURS = { min: 24, max: 72 } as const;
/** The field error for freeze hours outside FREEZE_EXTENSION_HOURS. */
export const FREEZE_EXTENSION_OUT_OF_RANGE = `must be between ${FREEZE_EXTENSION_HOURS.min} and ${FREEZE_EXTENSION_HOURS.max} hours`;

/** True for a number of hours within FREEZE_EXTENSION_HOURS (whole hours are the input's check). */
export function isFreezeExtensionHours(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    value >= FREEZE_EXTENSION_HOURS.min &&
    value <= FREEZE_EXTENSION_HOURS.max
  );
}

/** The preparation checklist every case starts with, in the order a manager works through it. */
export const CHECKLIST_KEYS = [
  'original-id-card',
  'original-business-license',
  'registered-phone',
  'device-check-24h',
  'bandwidth-5mbps',
  'no-vpn-proxy',
  'no-ad-blocker',
  'camera-mic-permission',
  'office-environment',
  'official-link-only',
] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export function defaultDeadline(noticeReceivedAt: Date): Date {
  return new Date(noticeReceivedAt.getTime() + VERIFICATION_WINDOW_HOURS * 3_600_000);
}

export type CaseFacts = {
  deadlineAt: Date;
  passedAt: Date | null;
  cancelledAt: Date | null;
  /** When the current appointment was booked, if one is booked and not yet consumed. */
  appointmentBookedAt: Date | null;
  /** The newest attempt, if any. */
  lastAttempt: { outcome: AttemptOutcome; recordedAt: Date } | null;
};

/**
 * PASSED after a passed attempt; CANCELLED after cancel; else OVERDUE past the deadline; else
 * SCHEDULED with an appointment booked after the last failed attempt; else FAILED when the last
 * attempt did not pass; else AWAITING_BOOKING.
 */
export function caseStatus(facts: CaseFacts, now: Date): CaseStatus {
  if (facts.passedAt) return 'PASSED';
  if (facts.cancelledAt) return 'CANCELLED';
  if (now.getTime() > facts.deadlineAt.getTime()) return 'OVERDUE';
  const lastFailure =
    facts.lastAttempt && facts.lastAttempt.outcome !== 'PASSED' ? facts.lastAttempt : null;
  if (
    facts.appointmentBookedAt &&
    (!lastFailure || facts.appointmentBookedAt.getTime() > lastFailure.recordedAt.getTime())
  ) {
    return 'SCHEDULED';
  }
  if (lastFailure) return 'FAILED';
  return 'AWAITING_BOOKING';
}

/** A case as stored: its row and its newest attempt (if any), stamped when it was recorded. */
export type StoredCase = {
  deadlineAt: Date;
  passedAt: Date | null;
  cancelledAt: Date | null;
  appointmentStartsAt: Date | null;
  appointmentBookedAt: Date | null;
  lastAttempt: { outcome: AttemptOutcome; recordedAt: Date } | null;
};

/**
 * The facts caseStatus reads, from a stored case. Every attempt consumes the slot, so a slot still
 * booked was booked after the last attempt (caseStatusSql relies on the same fact). Timestamps
 * cannot tell: the attempt row is stamped by the database, the booking by the API's clock, and a
 * booking may share the attempt's instant.
 */
export function storedCaseFacts(stored: StoredCase): CaseFacts {
  const bookedAt = stored.appointmentStartsAt ? stored.appointmentBookedAt : null;
  return {
    deadlineAt: stored.deadlineAt,
    passedAt: stored.passedAt,
    cancelledAt: stored.cancelledAt,
    appointmentBookedAt: bookedAt,
    lastAttempt:
      stored.lastAttempt && bookedAt
        ? { outcome: stored.lastAttempt.outcome, recordedAt: new Date(bookedAt.getTime() - 1) }
        : stored.lastAttempt,
  };
}

/** What a case means for its representative and entity: PASSED → VERIFIED, CANCELLED → NOT_REQUIRED. */
export function verificationStatusOf(status: CaseStatus | null): VerificationStatus {
  if (status === null || status === 'CANCELLED') return 'NOT_REQUIRED';
  if (status === 'PASSED') return 'VERIFIED';
  return status;
}

export function hoursRemaining(deadlineAt: Date, now: Date): number {
  return (deadlineAt.getTime() - now.getTime()) / 3_600_000;
}
