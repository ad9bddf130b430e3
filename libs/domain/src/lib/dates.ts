import { DateTime } from 'luxon';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written "YYYY-MM-DD" (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

// daysBetween runs for every document field of every page (status, days until expiry) against
// one "today": remembering its answers makes a page of 100 documents a few lookups, not 200 parses.
const DAYS_BETWEEN_REMEMBERED = 10_000;
const daysBetweenAnswers = new Map<string, number>();

/** Whole days from one calendar date to another: 2026-12-01 → 2026-12-03 is 2. */
export function daysBetween(from: string, to: string): number {
  const key = `${from}/${to}`;
  let days = daysBetweenAnswers.get(key);
  if (days === undefined) {
    const start = DateTime.fromISO(from, { zone: 'UTC' });
    const end = DateTime.fromISO(to, { zone: 'UTC' });
    days = Math.round(end.diff(start, 'days').days);
    if (daysBetweenAnswers.size >= DAYS_BETWEEN_REMEMBERED) daysBetweenAnswers.clear();
    daysBetweenAnswers.set(key, days);
  }
  return days;
}

export function addDaysToDate(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/** The calendar date of an instant in a zone. */
export function dateIn(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as string;
}
