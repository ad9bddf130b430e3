// Instants on a zone's wall clock with the browser's own Intl (no date library in the guest bundle).

export const BEIJING_ZONE = 'Asia/Shanghai';

const parts = (iso: string, zone: string) => {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const values: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(iso))) values[part.type] = part.value;
  return values;
};

/** "10:00" on the zone's clock. */
export const clockTime = (iso: string, zone: string): string => {
  const { hour, minute } = parts(iso, zone);
  return `${hour}:${minute}`;
};

/** "2026-12-01" on the zone's calendar. */
export const calendarDay = (iso: string, zone: string): string => {
  const { year, month, day } = parts(iso, zone);
  return `${year}-${month}-${day}`;
};

/** "2026-12-01 10:00" on the zone's clock. */
export const wallClock = (iso: string, zone: string): string =>
  `${calendarDay(iso, zone)} ${clockTime(iso, zone)}`;

export type Countdown = { past: boolean; days: number; hours: number; minutes: number };

/** Whole days, hours and minutes from `now` until `iso` (rounded down; `past` once reached). */
export const countdown = (iso: string, now: number): Countdown => {
  const milliseconds = new Date(iso).getTime() - now;
  if (milliseconds <= 0) return { past: true, days: 0, hours: 0, minutes: 0 };
  const minutesLeft = Math.floor(milliseconds / 60_000);
  return {
    past: false,
    days: Math.floor(minutesLeft / 1440),
    hours: Math.floor((minutesLeft % 1440) / 60),
    minutes: minutesLeft % 60,
  };
};
