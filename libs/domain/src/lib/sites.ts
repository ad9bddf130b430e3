import { DateTime, IANAZone } from 'luxon';

export const SITES = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'] as const;
export type Site = (typeof SITES)[number];

/** Each Lazada site books verification slots in its own local time. */
export const SITE_TIME_ZONES: Record<Site, string> = {
  MY: 'Asia/Kuala_Lumpur',
  SG: 'Asia/Singapore',
  PH: 'Asia/Manila',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  ID: 'Asia/Jakarta',
};

export const DEFAULT_AGENCY_TIME_ZONE = 'Asia/Shanghai';

/** True for a real IANA zone name ("Asia/Bangkok"); fixed offsets like "UTC+7" are refused. */
export function isIanaTimeZone(zone: string): boolean {
  return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone) && IANAZone.isValidZone(zone);
}

/** The calendar date ("YYYY-MM-DD") it is now in the given zone. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() as string;
}
