/**
 * Days before expiry a document is brought up again in the digest (-1 = the day after it
 * expired), for a document type the agency has not given its own ladder.
 */
export const DEFAULT_REMINDER_LADDER: readonly number[] = [90, 60, 30, 14, 7, 1, -1];

/** An agency's own ladder: at most `maxDays` days, each from `minDay` (after expiry) to `maxDay`. */
export const REMINDER_LADDER_LIMITS = { minDay: -30, maxDay: 365, maxDays: 12 } as const;

/**
 * True when a rung of the ladder was crossed since the last digest: the document was further out
 * than the rung then (daysUntilExpiry + daysSinceLastDigest) and is at or inside it now.
 */
export function crossedReminderRung(
  ladder: readonly number[],
  daysUntilExpiry: number,
  daysSinceLastDigest: number,
): boolean {
  const then = daysUntilExpiry + daysSinceLastDigest;
  return ladder.some((rung) => then > rung && rung >= daysUntilExpiry);
}
