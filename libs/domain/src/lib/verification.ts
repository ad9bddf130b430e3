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
/** Each failed call extends the freeze by 24–72 hours. */
export const FREEZE_EXTENSION_HOURS = { min: 24, max: 72 } as const;

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

export function isOpenCase(status: CaseStatus): boolean {
  return status !== 'PASSED' && status !== 'CANCELLED';
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

/** The new freeze end after a failed call: max(current end, call time) + the extension. */
export function extendFreeze(current: Date | null, occurredAt: Date, hours: number): Date {
  const base = Math.max(current?.getTime() ?? 0, occurredAt.getTime());
  return new Date(base + hours * 3_600_000);
}
