import { Injectable } from '@nestjs/common';
import { FREEZE_EXTENSION_HOURS, SITE_TIME_ZONES, Site } from '@veridesk/domain';
import { AlertKind, EmailLocale, MUTABLE_ALERT_KINDS, renderAlert } from '@veridesk/emails';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryService } from './delivery.service';
import { heldStoreSql } from '../../store/store-status.sql';
import { openCaseSql } from '../../verification-case/case-status.sql';

type Member = MembershipEntity & { user: NonNullable<MembershipEntity['user']> };
type AlertEvent = {
  kind: AlertKind;
  eventKey: string;
  entityManagerId: string | null;
  words: (locale: EmailLocale, zone: string) => { headline: string; detail: string };
  path: string;
};

/** "24–72": the hours a failed call extends the freeze by. */
const FREEZE_RANGE = `${FREEZE_EXTENSION_HOURS.min}–${FREEZE_EXTENSION_HOURS.max}`;
const HOUR = 3_600_000;
const local = (instant: Date, zone: string) =>
  DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd HH:mm');

/**
 * Urgent alerts, once each: a case due within 24 h with no slot, an overdue case, a call that did
 * not pass, a store newly restricted. To the entity's manager, or every OWNER and ADMIN without one.
 */
@Injectable()
export class AlertService {
  constructor(private readonly deliveries: DeliveryService) {}

  /** Claims a delivery for every due alert of the current agency; returns the new delivery ids. */
  async claimDue(
    manager: EntityManager,
    agency: { id: string; publicUrl: string },
    members: Member[],
    now: Date,
  ): Promise<string[]> {
    const events = await this.events(manager, now);
    const admins = members.filter((member) => member.role === 'OWNER' || member.role === 'ADMIN');
    const claimed: string[] = [];
    for (const event of events) {
      const manages = event.entityManagerId
        ? members.filter((member) => member.id === event.entityManagerId)
        : [];
      const recipients = manages.length ? manages : admins;
      for (const member of recipients) {
        if (
          event.kind !== 'CASE_OVERDUE' &&
          MUTABLE_ALERT_KINDS.includes(event.kind) &&
          member.mutedAlerts.includes(event.kind)
        )
          continue;
        const locale: EmailLocale = member.user.locale === 'en' ? 'en' : 'zh-CN';
        const words = event.words(locale, member.user.timeZone);
        const content = await renderAlert({
          locale,
          kind: event.kind,
          readerName: member.user.name,
          ...words,
          link: `${agency.publicUrl}${event.path}`,
        });
        const id = await this.deliveries.claim(manager, {
          agencyId: agency.id,
          userId: member.userId,
          kind: 'ALERT',
          dedupeKey: `alert:${event.eventKey}:${member.userId}`,
          toEmail: member.user.email,
          content,
        });
        if (id) claimed.push(id);
      }
    }
    return claimed;
  }

  private async events(manager: EntityManager, now: Date): Promise<AlertEvent[]> {
    const since = new Date(now.getTime() - 24 * HOUR);
    const cases: Array<{
      id: string;
      site: Site;
      deadline_at: Date;
      appointment_starts_at: Date | null;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT c.id, c.site, c.deadline_at, c.appointment_starts_at, e.legal_name, e.manager_id
           FROM verification_cases c JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
          WHERE e.archived_at IS NULL AND ${openCaseSql('c')} AND c.deadline_at <= $1`,
      [new Date(now.getTime() + 24 * HOUR)],
    );
    const attempts: Array<{
      id: string;
      case_id: string;
      outcome: string;
      site: Site;
      occurred_at: Date;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT a.id, a.case_id, a.outcome, c.site, a.occurred_at, e.legal_name, e.manager_id FROM attempts a
           JOIN verification_cases c ON c.agency_id = a.agency_id AND c.id = a.case_id
           JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
          WHERE e.archived_at IS NULL AND a.outcome <> 'PASSED' AND a.created_at >= $1`,
      [since],
    );
    const stores: Array<{
      id: string;
      shop_name: string;
      site: Site;
      status: string;
      status_changed_at: Date;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT s.id, s.shop_name, s.site, s.status, s.status_changed_at, e.id AS entity_id, e.legal_name, e.manager_id FROM stores s
           JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id
          WHERE e.archived_at IS NULL AND ${heldStoreSql('s')} AND s.status_changed_at >= $1`,
      [since],
    );
    const zh = (locale: EmailLocale) => locale === 'zh-CN';
    return [
      ...cases.flatMap((row): AlertEvent[] => {
        const overdue = row.deadline_at.getTime() < now.getTime();
        // A case due soon with a slot booked is on track: no alert.
        if (!overdue && row.appointment_starts_at) return [];
        return [
          overdue
            ? {
                kind: 'CASE_OVERDUE',
                eventKey: `case-overdue:${row.id}`,
                entityManagerId: row.manager_id,
                path: `/cases/${row.id}`,
                words: (locale, zone) =>
                  zh(locale)
                    ? {
                        headline: `${row.legal_name} ${row.site} 站点视频认证已逾期`,
                        detail: `截止时间 ${local(row.deadline_at, zone)} 已过，店铺冻结可能延长。请立即联系 Lazada 并预约。`,
                      }
                    : {
                        headline: `${row.legal_name}: ${row.site} video verification is overdue`,
                        detail: `The deadline ${local(row.deadline_at, zone)} has passed; the freeze may be extended. Book a slot now.`,
                      },
              }
            : {
                kind: 'CASE_DUE_SOON',
                eventKey: `case-due-soon:${row.id}`,
                entityManagerId: row.manager_id,
                path: `/cases/${row.id}`,
                words: (locale, zone) =>
                  zh(locale)
                    ? {
                        headline: `${row.legal_name} ${row.site} 站点视频认证 24 小时内截止，尚未预约`,
                        detail: `截止 ${local(row.deadline_at, zone)}（站点时间 ${local(row.deadline_at, SITE_TIME_ZONES[row.site])}）。请尽快预约 09:00–11:00 站点时间的时段。`,
                      }
                    : {
                        headline: `${row.legal_name}: ${row.site} verification due within 24 h, no slot booked`,
                        detail: `Deadline ${local(row.deadline_at, zone)} (site time ${local(row.deadline_at, SITE_TIME_ZONES[row.site])}). Book a 09:00–11:00 site-time slot now.`,
                      },
              },
        ];
      }),
      ...attempts.map((row): AlertEvent => ({
        kind: 'ATTEMPT_FAILED',
        eventKey: `attempt-failed:${row.id}`,
        entityManagerId: row.manager_id,
        path: `/cases/${row.case_id}`,
        words: (locale, zone) =>
          zh(locale)
            ? {
                headline: `${row.legal_name} ${row.site} 站点视频认证未通过`,
                detail: `${local(row.occurred_at, zone)} 的认证结果：${row.outcome}。每次失败会延长冻结 ${FREEZE_RANGE} 小时，请修正后重新预约。`,
              }
            : {
                headline: `${row.legal_name}: ${row.site} video verification did not pass`,
                detail: `The call at ${local(row.occurred_at, zone)} ended ${row.outcome}. Each failure extends the freeze by ${FREEZE_RANGE} h: fix the cause and book again.`,
              },
      })),
      ...stores.map((row): AlertEvent => ({
        kind: 'STORE_RESTRICTED',
        eventKey: `store-restricted:${row.id}:${row.status_changed_at.getTime()}`,
        entityManagerId: row.manager_id,
        path: `/entities/${row.entity_id}`,
        words: (locale, zone) =>
          zh(locale)
            ? {
                headline: `${row.legal_name} 的店铺 ${row.shop_name}（${row.site}）被限制`,
                detail: `状态 ${row.status}，自 ${local(row.status_changed_at, zone)} 起。`,
              }
            : {
                headline: `${row.legal_name}: store ${row.shop_name} (${row.site}) restricted`,
                detail: `Status ${row.status} since ${local(row.status_changed_at, zone)}.`,
              },
      })),
    ];
  }
}
