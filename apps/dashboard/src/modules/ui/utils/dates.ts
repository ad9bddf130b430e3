import { addDaysToDate, dateIn } from '@veridesk/domain';
import { DateTime, IANAZone } from 'luxon';

// The dashboard's one home for dates: calendar dates ("YYYY-MM-DD"), instants (the API's ISO-8601
// DateTime) on a zone's wall clock, and countdowns. Built on luxon, as libs/domain is (luxon keeps
// one Intl formatter per locale, zone and options, so a list of 300 rows builds none per row).
// antd's pickers speak dayjs: convert at that boundary only (see date-picker.ts).

export { addDaysToDate, dateIn };

const instant = (iso: string | Date): DateTime =>
  typeof iso === 'string' ? DateTime.fromISO(iso) : DateTime.fromJSDate(iso);

// Always the IANA zone of that name: luxon reads "UTC" as a fixed offset, whose text differs from
// Intl's (a narrow no-break space before AM/PM).
const inZone = (value: DateTime, zone: string): DateTime => value.setZone(IANAZone.create(zone));

/** The calendar date it is now on the browser's own clock (what a downloaded file is named after). */
export const browserToday = (now: Date = new Date()): string =>
  DateTime.fromJSDate(now).toISODate() ?? '';

/** "2026-12-01 10:00" on the wall clock of an IANA zone. */
export const wallClock = (iso: string | Date, zone: string): string =>
  inZone(instant(iso), zone).toFormat('yyyy-MM-dd HH:mm');

/** "UTC+7" (or "UTC+5:30", "UTC+0") for a zone at an instant, from the zone's rules. */
export const utcOffset = (iso: string | Date, zone: string): string =>
  `UTC${inZone(instant(iso), zone).toFormat('Z')}`;

/**
 * An instant for reading: "2026年12月1日 11:00" (zh-CN) or "Dec 1, 2026, 11:00 AM" (en), in the
 * given zone (the browser's when none). Text that is no instant is shown as it came.
 */
export const formatDateTime = (iso: string, locale: string, zone?: string): string => {
  const value = instant(iso);
  if (!value.isValid) return iso;
  return (zone ? inZone(value, zone) : value).setLocale(locale).toLocaleString({
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: locale === 'zh-CN' ? 'h23' : undefined,
  });
};

export type TimeLeft = {
  /** Negative once the instant is past. */
  milliseconds: number;
  /** Whole hours and the minutes beyond them, counted either way (left, or overdue). */
  hours: number;
  minutes: number;
};

/** The time from `now` to an instant, for countdowns ("还剩 31 小时 12 分", "已超时 2 小时 5 分"). */
export const timeLeft = (until: string, now: Date): TimeLeft => {
  const milliseconds = instant(until).toMillis() - now.getTime();
  const magnitude = Math.abs(milliseconds);
  return {
    milliseconds,
    hours: Math.floor(magnitude / 3_600_000),
    minutes: Math.floor((magnitude % 3_600_000) / 60_000),
  };
};
