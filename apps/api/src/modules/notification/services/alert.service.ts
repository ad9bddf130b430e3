import { Injectable } from '@nestjs/common';
import { FREEZE_EXTENSION_HOURS, SITE_TIME_ZONES } from '@veridesk/domain';
import { AlertKind, EmailLocale, MUTABLE_ALERT_KINDS, renderAlert } from '@veridesk/emails';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryService } from './delivery.service';
import { MomentsService } from './moments.service';

type Member = MembershipEntity & { user: NonNullable<MembershipEntity['user']> };
type AlertEvent = {
  kind: AlertKind;
  eventKey: string;
  entityManagerId: string | null;
  words: (locale: EmailLocale, zone: string) => { headline: string; detail: string };
  path: string;
  /** Sent even to a member who muted the kind: a person asked for it (a "not ready" answer). */
  unmutable?: boolean;
};

/** "24–72": the hours a failed call extends the freeze by. */
const FREEZE_RANGE = `${FREEZE_EXTENSION_HOURS.min}–${FREEZE_EXTENSION_HOURS.max}`;
const local = (instant: Date, zone: string) =>
  DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd HH:mm');

/**
 * Urgent alerts, once each: a case due within 24 h with no slot, an overdue case, a call that did
 * not pass, a store newly restricted. To the entity's manager, or every OWNER and ADMIN without one.
 */
@Injectable()
export class AlertService {
  constructor(
    private readonly deliveries: DeliveryService,
    private readonly moments: MomentsService,
  ) {}

  /** Claims a delivery for every due alert of the current agency; returns the new delivery ids. */
  async claimDue(
    manager: EntityManager,
    agency: { id: string; publicUrl: string; timeZone: string },
    members: Member[],
    now: Date,
  ): Promise<string[]> {
    const events = await this.events(manager, now, agency.timeZone);
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
          !event.unmutable &&
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

  /** The moments that warrant an alert email, worded per reader. */
  private async events(manager: EntityManager, now: Date, timeZone: string): Promise<AlertEvent[]> {
    const zh = (locale: EmailLocale) => locale === 'zh-CN';
    const moments = await this.moments.detect(manager, now, timeZone);
    return moments.flatMap((moment): AlertEvent[] => {
      const { facts, key } = moment;
      const base = { eventKey: key, entityManagerId: moment.entityManagerId };
      switch (facts.event) {
        case 'CASE_OVERDUE':
          return [
            {
              ...base,
              kind: 'CASE_OVERDUE',
              path: `/cases/${facts.caseId}`,
              words: (locale, zone) =>
                zh(locale)
                  ? {
                      headline: `${facts.entityName} ${facts.site} 站点视频认证已逾期`,
                      detail: `截止时间 ${local(facts.deadlineAt, zone)} 已过，店铺冻结可能延长。请立即联系 Lazada 并预约。`,
                    }
                  : {
                      headline: `${facts.entityName}: ${facts.site} video verification is overdue`,
                      detail: `The deadline ${local(facts.deadlineAt, zone)} has passed; the freeze may be extended. Book a slot now.`,
                    },
            },
          ];
        case 'CASE_DUE_SOON':
          if ('notReady' in facts) {
            const note = facts.notReady.note;
            return [
              {
                ...base,
                kind: 'CASE_DUE_SOON',
                unmutable: true,
                path: `/cases/${facts.caseId}`,
                words: (locale, zone) =>
                  zh(locale)
                    ? {
                        headline: `${facts.entityName} ${facts.site} 站点视频认证：法人表示尚未准备好，需要改约`,
                        detail: `${note ? `法人表示尚未准备好，需要改约：${note}` : '法人表示尚未准备好，需要改约。'} 截止 ${local(facts.deadlineAt, zone)}（站点时间 ${local(facts.deadlineAt, SITE_TIME_ZONES[facts.site])}）。请与法人联系并改约。`,
                      }
                    : {
                        headline: `${facts.entityName}: ${facts.site} verification — the legal representative is not ready and needs another slot`,
                        detail: `${note ? `The legal representative is not ready and needs another slot: ${note}` : 'The legal representative is not ready and needs another slot.'} Deadline ${local(facts.deadlineAt, zone)} (site time ${local(facts.deadlineAt, SITE_TIME_ZONES[facts.site])}). Call them and book again.`,
                      },
              },
            ];
          }
          return [
            {
              ...base,
              kind: 'CASE_DUE_SOON',
              path: `/cases/${facts.caseId}`,
              words: (locale, zone) =>
                zh(locale)
                  ? {
                      headline: `${facts.entityName} ${facts.site} 站点视频认证 24 小时内截止，尚未预约`,
                      detail: `截止 ${local(facts.deadlineAt, zone)}（站点时间 ${local(facts.deadlineAt, SITE_TIME_ZONES[facts.site])}）。请尽快预约 09:00–11:00 站点时间的时段。`,
                    }
                  : {
                      headline: `${facts.entityName}: ${facts.site} verification due within 24 h, no slot booked`,
                      detail: `Deadline ${local(facts.deadlineAt, zone)} (site time ${local(facts.deadlineAt, SITE_TIME_ZONES[facts.site])}). Book a 09:00–11:00 site-time slot now.`,
                    },
            },
          ];
        case 'ATTEMPT_FAILED':
          return [
            {
              ...base,
              kind: 'ATTEMPT_FAILED',
              path: `/cases/${facts.caseId}`,
              words: (locale, zone) =>
                zh(locale)
                  ? {
                      headline: `${facts.entityName} ${facts.site} 站点视频认证未通过`,
                      detail: `${local(facts.occurredAt, zone)} 的认证结果：${facts.outcome}。每次失败会延长冻结 ${FREEZE_RANGE} 小时，请修正后重新预约。`,
                    }
                  : {
                      headline: `${facts.entityName}: ${facts.site} video verification did not pass`,
                      detail: `The call at ${local(facts.occurredAt, zone)} ended ${facts.outcome}. Each failure extends the freeze by ${FREEZE_RANGE} h: fix the cause and book again.`,
                    },
            },
          ];
        case 'STORE_RESTRICTED': {
          const since = moment.occurredAt as Date;
          return [
            {
              ...base,
              kind: 'STORE_RESTRICTED',
              path: `/entities/${facts.entityId}`,
              words: (locale, zone) =>
                zh(locale)
                  ? {
                      headline: `${facts.entityName} 的店铺 ${facts.storeName}（${facts.site}）被限制`,
                      detail: `状态 ${facts.status}，自 ${local(since, zone)} 起。`,
                    }
                  : {
                      headline: `${facts.entityName}: store ${facts.storeName} (${facts.site}) restricted`,
                      detail: `Status ${facts.status} since ${local(since, zone)}.`,
                    },
            },
          ];
        }
        default:
          // Cases opened, booked or passed and document days are for channels and the digest.
          return [];
      }
    });
  }
}
