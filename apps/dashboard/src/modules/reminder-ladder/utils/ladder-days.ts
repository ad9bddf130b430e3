import { DEFAULT_REMINDER_LADDER, REMINDER_LADDER_LIMITS } from '@veridesk/domain';

/** The API's default ladder: days before expiry, -1 = the day after. */
export const DEFAULT_LADDER_DAYS: readonly number[] = DEFAULT_REMINDER_LADDER;

/** The API keeps at most this many days per document type. */
export const MAX_LADDER_DAYS = REMINDER_LADDER_LIMITS.maxDays;

/** Furthest from expiry first, each day once — the order the API stores. */
export const normalizeLadder = (days: readonly number[]): number[] =>
  [...new Set(days)].sort((a, b) => b - a);

export const sameLadder = (left: readonly number[], right: readonly number[]): boolean => {
  const a = normalizeLadder(left);
  const b = normalizeLadder(right);
  return a.length === b.length && a.every((day, index) => day === b[index]);
};

/** Which locale key words a day: before expiry, on the day, or after it. */
export const ladderDayLabel = (day: number): { key: string; days: number } =>
  day > 0
    ? { key: 'reminderLadder.dayBefore', days: day }
    : day === 0
      ? { key: 'reminderLadder.dayOf', days: 0 }
      : { key: 'reminderLadder.dayAfter', days: -day };
