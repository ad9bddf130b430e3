// Event facts → the one ChannelMessage every adapter sends: a Markdown card in the channel's locale
// (zh-CN default, en) and the typed JSON event of a WEBHOOK. Pure: the caller passes PUBLIC_URL and
// the instant. Words are the alert e-mails' and the digest's where they already exist
// (alert.service.ts, libs/emails DIGEST_MESSAGES/DIGEST_TERMS). RULES.md, "Channels".
import { DEFAULT_AGENCY_TIME_ZONE, SITE_TIME_ZONES, type Site } from '@veridesk/domain';
import {
  DIGEST_MESSAGES,
  digestTerm,
  type DigestSectionKind,
  type EmailLocale,
} from '@veridesk/emails';
import { DateTime } from 'luxon';
import type { ChannelEvent, ChannelMessage } from '../adapters/channel-adapter';

export type ChannelLocale = EmailLocale;

/** What happened, as facts. Only ids, names, dates and enum values: never an ID number, phone or secret. */
export type ChannelEventFacts =
  | {
      event: 'CASE_OPENED' | 'CASE_DUE_SOON' | 'CASE_OVERDUE';
      caseId: string;
      entityId: string;
      entityName: string;
      site: Site;
      deadlineAt: Date;
    }
  | {
      /** The legal representative answered "needs another slot" on the call-prep page. */
      event: 'CASE_DUE_SOON';
      caseId: string;
      entityId: string;
      entityName: string;
      site: Site;
      deadlineAt: Date;
      notReady: { note: string | null };
    }
  | {
      event: 'APPOINTMENT_BOOKED';
      caseId: string;
      entityId: string;
      entityName: string;
      site: Site;
      startsAt: Date;
    }
  | {
      event: 'ATTEMPT_FAILED';
      caseId: string;
      attemptId: string;
      entityId: string;
      entityName: string;
      site: Site;
      occurredAt: Date;
      /** FAILED, NO_SHOW or INTERRUPTED. */
      outcome: string;
      /** Failure reason codes (DOCUMENT_BLURRY …). */
      reasons: string[];
    }
  | {
      event: 'CASE_PASSED';
      caseId: string;
      entityId: string;
      entityName: string;
      site: Site;
      passedAt: Date;
    }
  | {
      event: 'STORE_RESTRICTED';
      storeId: string;
      entityId: string;
      entityName: string;
      storeName: string;
      site: Site;
      /** RESTRICTED, FROZEN, UNDER_REVIEW or CLOSED. */
      status: string;
      /** Held modules (PRODUCT_LISTING, ORDERS, FINANCE). */
      modules: string[];
      freezeUntil: Date | null;
    }
  | {
      event: 'DOCUMENT_EXPIRING' | 'DOCUMENT_EXPIRED';
      documentId: string;
      entityId: string;
      entityName: string;
      /** The document type code (BUSINESS_LICENSE …). */
      documentType: string;
      /** The expiry date, YYYY-MM-DD (a calendar date, no zone). */
      expiresOn: string;
      /** Days from the agency's today to the expiry (negative once expired). */
      daysLeft: number;
      /** Names of the stores the document backs. */
      stores: string[];
    }
  | {
      event: 'DOCUMENT_SUBMITTED';
      documentId: string;
      entityId: string;
      entityName: string;
      documentType: string;
      submittedAt: Date;
    }
  | {
      event: 'DAILY_DIGEST';
      /** The agency's date of the digest, YYYY-MM-DD. */
      date: string;
      agencyName: string;
      counts: Record<DigestSectionKind, number>;
    };

export type ChannelMessageOptions = {
  /** The channel's locale; anything but `en` reads zh-CN. */
  locale?: string | null;
  /** The dashboard's public URL (the API's PUBLIC_URL). */
  publicUrl: string;
  /** When the event happened: the webhook's `timestamp`. */
  now: Date;
};

/** The WEBHOOK `type` of each event. */
export const WEBHOOK_EVENT_TYPES: Record<ChannelEvent, string> = {
  CASE_OPENED: 'case.opened',
  CASE_DUE_SOON: 'case.due_soon',
  CASE_OVERDUE: 'case.overdue',
  APPOINTMENT_BOOKED: 'appointment.booked',
  ATTEMPT_FAILED: 'attempt.failed',
  CASE_PASSED: 'case.passed',
  STORE_RESTRICTED: 'store.restricted',
  DOCUMENT_EXPIRING: 'document.expiring',
  DOCUMENT_EXPIRED: 'document.expired',
  DOCUMENT_SUBMITTED: 'document.submitted',
  DAILY_DIGEST: 'digest.daily',
};

/** The WEBHOOK `type` of a test message (not a subscribable event). */
export const WEBHOOK_TEST_TYPE = 'channel.test';

const CITY: Record<ChannelLocale, Record<Site | 'BEIJING', string>> = {
  'zh-CN': {
    MY: '吉隆坡',
    SG: '新加坡',
    PH: '马尼拉',
    TH: '曼谷',
    VN: '胡志明市',
    ID: '雅加达',
    BEIJING: '北京',
  },
  en: {
    MY: 'Kuala Lumpur',
    SG: 'Singapore',
    PH: 'Manila',
    TH: 'Bangkok',
    VN: 'Ho Chi Minh City',
    ID: 'Jakarta',
    BEIJING: 'Beijing',
  },
};

const normalizeLocale = (locale: string | null | undefined): ChannelLocale =>
  locale === 'en' ? 'en' : 'zh-CN';

const zoneLabel = (local: DateTime) => `UTC${local.toFormat('Z')}`;

/**
 * One instant on the site's clock and Beijing's side by side:
 * `2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)`; Beijing's date is repeated when it differs.
 */
export function siteAndBeijingTime(instant: Date, site: Site, locale: ChannelLocale): string {
  const at = DateTime.fromJSDate(instant);
  const siteLocal = at.setZone(SITE_TIME_ZONES[site]);
  const beijing = at.setZone(DEFAULT_AGENCY_TIME_ZONE);
  const sameDay = siteLocal.toISODate() === beijing.toISODate();
  return `${siteLocal.toFormat('yyyy-MM-dd HH:mm')} ${CITY[locale][site]} (${zoneLabel(siteLocal)}) = ${beijing.toFormat(sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm')} ${CITY[locale].BEIJING} (${zoneLabel(beijing)})`;
}

/** An instant on Beijing's clock: `2026-12-03 11:00 北京 (UTC+8)`. */
export function beijingTime(instant: Date, locale: ChannelLocale): string {
  const beijing = DateTime.fromJSDate(instant).setZone(DEFAULT_AGENCY_TIME_ZONE);
  return `${beijing.toFormat('yyyy-MM-dd HH:mm')} ${CITY[locale].BEIJING} (${zoneLabel(beijing)})`;
}

/**
 * A name as plain text inside Markdown: one line, and no brackets or angle brackets, so a seller's
 * name can neither break the card nor smuggle a link into it.
 */
function plain(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\[/g, '［')
    .replace(/\]/g, '］')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
}

type Worded = { headline: string; lines: string[]; path: string };

function words(facts: ChannelEventFacts, locale: ChannelLocale): Worded {
  const zh = locale === 'zh-CN';
  const digest = DIGEST_MESSAGES[locale];
  switch (facts.event) {
    case 'CASE_OPENED':
    case 'CASE_DUE_SOON':
    case 'CASE_OVERDUE': {
      const e = plain(facts.entityName);
      const due = siteAndBeijingTime(facts.deadlineAt, facts.site, locale);
      const path = `/cases/${facts.caseId}`;
      if (facts.event === 'CASE_OPENED')
        return zh
          ? {
              headline: `${e} ${facts.site} 站点需要视频认证`,
              lines: [`截止 ${due}`],
              path,
            }
          : {
              headline: `${e}: ${facts.site} video verification requested`,
              lines: [`Deadline ${due}`],
              path,
            };
      if (facts.event === 'CASE_DUE_SOON' && 'notReady' in facts) {
        const note = facts.notReady.note ? plain(facts.notReady.note) : null;
        return zh
          ? {
              headline: `${e} ${facts.site} 站点视频认证：法人表示尚未准备好，需要改约`,
              lines: [
                note ? `法人表示尚未准备好，需要改约：${note}` : '法人表示尚未准备好，需要改约。',
                `截止 ${due}`,
              ],
              path,
            }
          : {
              headline: `${e}: ${facts.site} verification — the legal representative is not ready and needs another slot`,
              lines: [
                note
                  ? `The legal representative is not ready and needs another slot: ${note}`
                  : 'The legal representative is not ready and needs another slot.',
                `Deadline ${due}`,
              ],
              path,
            };
      }
      if (facts.event === 'CASE_DUE_SOON')
        return zh
          ? {
              headline: `${e} ${facts.site} 站点视频认证 24 小时内截止，尚未预约`,
              lines: [`截止 ${due}`, '请尽快预约 09:00–11:00 站点时间的时段。'],
              path,
            }
          : {
              headline: `${e}: ${facts.site} verification due within 24 h, no slot booked`,
              lines: [`Deadline ${due}`, 'Book a 09:00–11:00 site-time slot now.'],
              path,
            };
      return zh
        ? {
            headline: `${e} ${facts.site} 站点视频认证已逾期`,
            lines: [`截止时间 ${due} 已过，店铺冻结可能延长。请立即联系 Lazada 并预约。`],
            path,
          }
        : {
            headline: `${e}: ${facts.site} video verification is overdue`,
            lines: [`The deadline ${due} has passed; the freeze may be extended. Book a slot now.`],
            path,
          };
    }
    case 'APPOINTMENT_BOOKED': {
      const e = plain(facts.entityName);
      const slot = siteAndBeijingTime(facts.startsAt, facts.site, locale);
      const path = `/cases/${facts.caseId}`;
      return zh
        ? { headline: `${e} ${facts.site} 站点视频认证已预约`, lines: [`预约时间 ${slot}`], path }
        : {
            headline: `${e}: ${facts.site} video verification booked`,
            lines: [`Slot ${slot}`],
            path,
          };
    }
    case 'ATTEMPT_FAILED': {
      const outcome = digestTerm(locale, 'attemptOutcome', facts.outcome);
      const reasons = facts.reasons.map((reason) => digestTerm(locale, 'failureReason', reason));
      return {
        headline: digest.failure(plain(facts.entityName), facts.site, outcome),
        lines: [
          digest.failureDetail(siteAndBeijingTime(facts.occurredAt, facts.site, locale), reasons),
        ],
        path: `/cases/${facts.caseId}`,
      };
    }
    case 'CASE_PASSED': {
      const e = plain(facts.entityName);
      const at = siteAndBeijingTime(facts.passedAt, facts.site, locale);
      const path = `/cases/${facts.caseId}`;
      return zh
        ? { headline: `${e} ${facts.site} 站点视频认证已通过`, lines: [`通过时间 ${at}`], path }
        : {
            headline: `${e}: ${facts.site} video verification passed`,
            lines: [`Passed ${at}`],
            path,
          };
    }
    case 'STORE_RESTRICTED': {
      const e = plain(facts.entityName);
      const store = plain(facts.storeName);
      const detail = digest.restrictedDetail(
        digestTerm(locale, 'storeStatus', facts.status),
        facts.modules.map((module) => digestTerm(locale, 'storeModule', module)),
        facts.freezeUntil ? siteAndBeijingTime(facts.freezeUntil, facts.site, locale) : null,
      );
      return {
        headline: zh
          ? `${e} 的店铺 ${store}（${facts.site}）被限制`
          : `${e}: store ${store} (${facts.site}) restricted`,
        lines: [detail],
        path: `/entities/${facts.entityId}`,
      };
    }
    case 'DOCUMENT_EXPIRING':
    case 'DOCUMENT_EXPIRED': {
      const document = digestTerm(locale, 'documentType', facts.documentType);
      const expired = facts.event === 'DOCUMENT_EXPIRED';
      const suffix = zh ? (expired ? ' 已过期' : ' 即将到期') : expired ? ' expired' : ' expiring';
      return {
        headline: `${digest.expiring(plain(facts.entityName), document)}${suffix}`,
        lines: [digest.expiringDetail(facts.expiresOn, facts.daysLeft, facts.stores.map(plain))],
        path: `/entities/${facts.entityId}`,
      };
    }
    case 'DOCUMENT_SUBMITTED': {
      const e = plain(facts.entityName);
      const document = digestTerm(locale, 'documentType', facts.documentType);
      const at = beijingTime(facts.submittedAt, locale);
      const path = `/entities/${facts.entityId}`;
      return zh
        ? { headline: `${e} 提交了${document}`, lines: [`提交时间 ${at}`], path }
        : { headline: `${e}: ${document} submitted`, lines: [`Submitted ${at}`], path };
    }
    case 'DAILY_DIGEST': {
      const kinds = Object.keys(digest.sectionTitle) as DigestSectionKind[];
      const counted = kinds.filter((kind) => facts.counts[kind] > 0);
      return {
        headline: digest.subject(facts.date, facts.counts),
        lines: counted.length
          ? counted.map(
              (kind) => `${digest.sectionTitle[kind]}${zh ? '：' : ': '}${facts.counts[kind]}`,
            )
          : [digest.nothing],
        path: '/',
      };
    }
  }
}

const link = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;

/** The card: the headline in bold, one paragraph per line, the dashboard link last. */
function card(locale: ChannelLocale, headline: string, lines: string[], url: string): string {
  return [`**${headline}**`, ...lines, `[${DIGEST_MESSAGES[locale].open}](${url})`].join('\n\n');
}

/** The webhook `data`: the facts with instants as ISO-8601 UTC, the site's zone, and the link. */
function webhookData(facts: ChannelEventFacts, url: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (key === 'event') continue;
    data[key] = value instanceof Date ? value.toISOString() : value;
  }
  if ('site' in facts) data.siteTimeZone = SITE_TIME_ZONES[facts.site];
  data.link = url;
  return data;
}

/** The message of one event, in the channel's locale. */
export function buildChannelMessage(
  facts: ChannelEventFacts,
  options: ChannelMessageOptions,
): ChannelMessage {
  const locale = normalizeLocale(options.locale);
  const { headline, lines, path } = words(facts, locale);
  const url = link(options.publicUrl, path);
  return {
    event: facts.event,
    title: headline,
    markdown: card(locale, headline, lines, url),
    webhook: {
      type: WEBHOOK_EVENT_TYPES[facts.event],
      timestamp: options.now.toISOString(),
      data: webhookData(facts, url),
    },
  };
}

/**
 * "发送测试消息": proves the robot or endpoint accepts VeriDesk's requests. `event` is what the
 * delivery is filed under (a ChannelEvent the channel subscribes to); the WEBHOOK type is
 * `channel.test` so an integrator never mistakes it for a real event.
 */
export function buildTestChannelMessage(
  options: ChannelMessageOptions & { channelName: string; event: ChannelEvent },
): ChannelMessage {
  const locale = normalizeLocale(options.locale);
  const zh = locale === 'zh-CN';
  const name = plain(options.channelName);
  const headline = zh ? 'VeriDesk 测试消息' : 'VeriDesk test message';
  const lines = [
    zh
      ? `渠道「${name}」已连接 VeriDesk，认证截止、预约、失败和店铺受限等通知将发到这里。`
      : `Channel "${name}" is connected to VeriDesk: deadlines, appointments, failed calls and restricted stores will be posted here.`,
    zh
      ? `发送时间 ${beijingTime(options.now, locale)}`
      : `Sent ${beijingTime(options.now, locale)}`,
  ];
  const url = link(options.publicUrl, '/');
  return {
    event: options.event,
    title: headline,
    markdown: card(locale, headline, lines, url),
    webhook: {
      type: WEBHOOK_TEST_TYPE,
      timestamp: options.now.toISOString(),
      data: { channelName: options.channelName, test: true, link: url },
    },
  };
}

/**
 * Several events in one robot message, when the platform's limit left room for only one more
 * (RULES.md "Channels": events beyond a limit go out merged; none is dropped). Each event keeps its
 * headline, its lines and its link, on one numbered line; filed under the first event. Robots only:
 * a WEBHOOK endpoint has no limit and gets one body per event.
 */
export function buildMergedChannelMessage(
  messages: ChannelMessage[],
  options: Omit<ChannelMessageOptions, 'now'> & { now: Date },
): ChannelMessage {
  const locale = normalizeLocale(options.locale);
  const zh = locale === 'zh-CN';
  const headline = zh
    ? `VeriDesk：${messages.length} 条通知（已达平台发送频率上限，合并发送）`
    : `VeriDesk: ${messages.length} notifications (the platform's rate limit was reached, so they are merged)`;
  const items = messages.map(
    (message, index) => `${index + 1}. ${message.markdown.split('\n\n').join(' ')}`,
  );
  const url = link(options.publicUrl, '/');
  return {
    event: messages[0].event,
    title: headline,
    markdown: [`**${headline}**`, ...items, `[${DIGEST_MESSAGES[locale].open}](${url})`].join(
      '\n\n',
    ),
    webhook: {
      type: 'channel.merged',
      timestamp: options.now.toISOString(),
      data: { events: messages.map((message) => message.webhook), link: url },
    },
  };
}
