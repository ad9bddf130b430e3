import { digestTerm } from '@veridesk/emails';
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { siteAndBeijingTime } from '../../channel/messages';
import type { CaseMomentRow, ExpiryRow } from '../calendar.queries';

const MINUTE = 60_000;
/** An appointment blocks half an hour; its alarm rings an hour before. */
export const APPOINTMENT_MINUTES = 30;
export const ALARM_SECONDS_BEFORE = 3_600;
/** How often a subscribed calendar should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 3_600;

export type CalendarContent = {
  agencyName: string;
  appointments: CaseMomentRow[];
  deadlines: CaseMomentRow[];
  expiries: ExpiryRow[];
  /** PUBLIC_URL without its trailing slash. */
  publicUrl: string;
};

/**
 * The member's feed as RFC 5545 text, written by ical-generator. UIDs name the case or document, so
 * a calendar that fetches again updates its events instead of adding copies. Only names, sites and
 * dates: no ID or phone numbers.
 */
export function renderCalendar(content: CalendarContent): string {
  const { publicUrl } = content;
  const calendar = ical({
    name: `VeriDesk 认证日历 · ${content.agencyName}`,
    description: 'VeriDesk：视频认证预约、认证截止与证件到期',
    prodId: { company: 'VeriDesk', product: 'calendar-feed', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  });
  for (const row of content.appointments) {
    const link = `${publicUrl}/cases/${row.id}`;
    calendar.createEvent({
      id: `appointment-${row.id}@veridesk`,
      start: row.at,
      end: new Date(row.at.getTime() + APPOINTMENT_MINUTES * MINUTE),
      summary: `视频认证：${row.legal_name} · ${row.site} 站点`,
      description: [
        `视频认证预约：${row.legal_name} · ${row.site} 站点`,
        `时间：${siteAndBeijingTime(row.at, row.site, 'zh-CN')}`,
        `案件：${link}`,
      ].join('\n'),
      url: link,
      alarms: [{ type: ICalAlarmType.display, trigger: ALARM_SECONDS_BEFORE }],
    });
  }
  for (const row of content.deadlines) {
    const link = `${publicUrl}/cases/${row.id}`;
    calendar.createEvent({
      id: `deadline-${row.id}@veridesk`,
      // A moment, not a span: DTSTART alone (RFC 5545 3.6.1).
      start: row.at,
      summary: `认证截止：${row.legal_name} · ${row.site} 站点`,
      description: [
        `视频认证截止：${row.legal_name} · ${row.site} 站点`,
        `截止时间：${siteAndBeijingTime(row.at, row.site, 'zh-CN')}`,
        `案件：${link}`,
      ].join('\n'),
      url: link,
    });
  }
  for (const row of content.expiries) {
    const link = `${publicUrl}/entities/${row.entity_id}`;
    const type = digestTerm('zh-CN', 'documentType', row.type);
    // An all-day event on the expiry date itself: a date, in no time zone.
    const day = DateTime.fromISO(row.expires_on, { zone: 'utc' });
    calendar.createEvent({
      id: `expiry-${row.id}@veridesk`,
      start: day,
      end: day.plus({ days: 1 }),
      allDay: true,
      summary: `证件到期：${row.legal_name} · ${type}`,
      description: [`${row.legal_name} 的${type}于 ${row.expires_on} 到期`, `主体：${link}`].join(
        '\n',
      ),
      url: link,
    });
  }
  return calendar.toString();
}
