/**
 * The case status rule (libs/domain caseStatus over storedCaseFacts) as SQL over a
 * verification_cases row aliased `c`, for filters and counts. An attempt always consumes the booked
 * slot, so "a slot booked after the last failed attempt" is simply "a slot is booked". `now` is a
 * bound timestamptz parameter. test/integration/verification-case/case-status-agreement feeds the
 * same cases to both.
 */
export function caseStatusSql(alias: string, nowParameter: string): string {
  return `CASE
    WHEN ${alias}.passed_at IS NOT NULL THEN 'PASSED'
    WHEN ${alias}.cancelled_at IS NOT NULL THEN 'CANCELLED'
    WHEN ${alias}.deadline_at < ${nowParameter} THEN 'OVERDUE'
    WHEN ${alias}.appointment_starts_at IS NOT NULL THEN 'SCHEDULED'
    WHEN EXISTS (SELECT 1 FROM attempts a WHERE a.agency_id = ${alias}.agency_id AND a.case_id = ${alias}.id) THEN 'FAILED'
    ELSE 'AWAITING_BOOKING' END`;
}

/** Verification status from the newest case (PASSED → VERIFIED; CANCELLED or none → NOT_REQUIRED). */
export function verificationStatusSql(caseAlias: string, nowParameter: string): string {
  return `CASE
    WHEN ${caseAlias}.id IS NULL THEN 'NOT_REQUIRED'
    ELSE (CASE (${caseStatusSql(caseAlias, nowParameter)})
      WHEN 'PASSED' THEN 'VERIFIED' WHEN 'CANCELLED' THEN 'NOT_REQUIRED'
      ELSE (${caseStatusSql(caseAlias, nowParameter)}) END) END`;
}

/** True for a case that is neither passed nor cancelled. */
export function openCaseSql(alias: string): string {
  return `(${alias}.passed_at IS NULL AND ${alias}.cancelled_at IS NULL)`;
}

/**
 * A case's phase, the part of its status that does not depend on "now": PASSED, CANCELLED, or,
 * while open, BOOKED (a slot), FAILED (an attempt, no new slot) or AWAITING. The status at `now` is
 * the phase, except that an open case whose deadline is before now is OVERDUE (caseStatusSql).
 * case_deadline_counts counts cases per phase and deadline hour (migration PortfolioCounts keeps
 * them with the same rule; portfolio-counts.integration-spec compares the two).
 */
export function casePhaseSql(alias: string): string {
  return `CASE
    WHEN ${alias}.passed_at IS NOT NULL THEN 'PASSED'
    WHEN ${alias}.cancelled_at IS NOT NULL THEN 'CANCELLED'
    WHEN ${alias}.appointment_starts_at IS NOT NULL THEN 'BOOKED'
    WHEN EXISTS (SELECT 1 FROM attempts a WHERE a.agency_id = ${alias}.agency_id AND a.case_id = ${alias}.id) THEN 'FAILED'
    ELSE 'AWAITING' END`;
}
