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

// Lazada's video-verification desk answers fastest 09:00–11:00 site-local (DOMAIN.md).
const RECOMMENDED_START_HOUR = 9;
const RECOMMENDED_END_HOUR = 11;

export type LocalTimes = {
  siteTimeZone: string;
  /** ISO-8601 with the site's offset: 2026-12-01T10:00:00.000+07:00 */
  startsAtSiteLocal: string;
  /** The same instant with the viewer's (agency's or reader's) offset: 2026-12-01T11:00:00.000+08:00 */
  startsAtAgencyLocal: string;
};

/** One instant, shown in the site's zone and the viewer's zone side by side. */
export function localTimes(startsAt: Date, site: Site, viewerZone: string): LocalTimes {
  const instant = DateTime.fromJSDate(startsAt);
  const siteTimeZone = SITE_TIME_ZONES[site];
  return {
    siteTimeZone,
    startsAtSiteLocal: instant.setZone(siteTimeZone).toISO() as string,
    startsAtAgencyLocal: instant.setZone(viewerZone).toISO() as string,
  };
}

/** True when the slot starts between 09:00 and 11:00 (inclusive) on the site's clock. */
export function isWithinRecommendedHours(startsAt: Date, site: Site): boolean {
  const local = DateTime.fromJSDate(startsAt).setZone(SITE_TIME_ZONES[site]);
  const minutes = local.hour * 60 + local.minute;
  return minutes >= RECOMMENDED_START_HOUR * 60 && minutes <= RECOMMENDED_END_HOUR * 60;
}

/** The instant of a wall-clock time on a site ("2026-12-01", "10:00", TH → 03:00Z). */
export function siteWallClockToInstant(date: string, time: string, site: Site): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: SITE_TIME_ZONES[site] }).toJSDate();
}
