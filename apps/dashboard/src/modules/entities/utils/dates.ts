// Building an Intl formatter costs far more than using one: keep one per zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD" of an instant on the wall clock of an IANA zone. */
export const dateInZone = (instant: Date, timeZone: string): string => {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
};

/** A calendar date moved by whole days ("2026-12-31", 1 → "2027-01-01"). */
export const addDays = (date: string, days: number): string => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};
