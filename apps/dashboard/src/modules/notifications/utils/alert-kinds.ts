import type { AlertKind } from '../../../generated/graphql';

/** In the order a reader meets them: a case coming due, then what happens when things go wrong. */
export const ALERT_KINDS: readonly AlertKind[] = [
  'CASE_DUE_SOON',
  'CASE_OVERDUE',
  'ATTEMPT_FAILED',
  'STORE_RESTRICTED',
];

/** Overdue cases always alert: the API refuses to mute them (NOT_ALLOWED). */
export const ALWAYS_ON_ALERT: AlertKind = 'CASE_OVERDUE';

/** The form ticks the alerts a member receives; the API stores the ones muted. */
export const enabledAlerts = (muted: readonly AlertKind[]): AlertKind[] =>
  ALERT_KINDS.filter((kind) => kind === ALWAYS_ON_ALERT || !muted.includes(kind));

export const mutedAlerts = (enabled: readonly AlertKind[]): AlertKind[] =>
  ALERT_KINDS.filter((kind) => kind !== ALWAYS_ON_ALERT && !enabled.includes(kind));
