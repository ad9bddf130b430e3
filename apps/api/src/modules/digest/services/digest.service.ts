import { Inject, Injectable } from '@nestjs/common';
import {
  addDaysToDate,
  crossedReminderRung,
  daysBetween,
  DEFAULT_REMINDER_LADDER,
  SITE_TIME_ZONES,
  Site,
} from '@veridesk/domain';
import {
  DIGEST_MESSAGES,
  digestTerm,
  DigestItem,
  DigestModel,
  DigestSection,
  EmailLocale,
  EXPIRING_WINDOW_KIND,
  expiringItems,
  failureItem,
  RenderedEmail,
  renderDigest,
} from '@veridesk/emails';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { ReminderLadderEntity } from '../../notification/reminder-ladder.entity';
import { MembershipEntity } from '../../member/membership.entity';
import { openCaseSql } from '../../verification-case/case-status.sql';

export type DigestRecipient = {
  membership: MembershipEntity & { user: NonNullable<MembershipEntity['user']> };
  agency: AgencyEntity;
};

export type BuiltDigest = { model: DigestModel; email: RenderedEmail; hasContent: boolean };

const HOUR = 3_600_000;

const MAX_RUNG = Math.max(...DEFAULT_REMINDER_LADDER);

/**
 * What a reader's morning digest says: the five sections of RULES.md about the entities they
 * manage (OWNER and ADMIN also those without a manager), as of a moment in their own time zone.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The reader's 08:00 on a date, or now. Call inside the reader's agency. */
  referenceInstant(timeZone: string, date?: string | null): Date {
    return date
      ? DateTime.fromISO(`${date}T08:00`, { zone: timeZone }).toJSDate()
      : this.clock.now();
  }

  async build(
    recipient: DigestRecipient,
    at: Date,
    unsubscribeUrl?: string | null,
  ): Promise<BuiltDigest> {
    const { membership, agency } = recipient;
    const user = membership.user;
    const locale: EmailLocale = user.locale === 'en' ? 'en' : 'zh-CN';
    const zone = user.timeZone;
    const date = DateTime.fromJSDate(at, { zone }).toISODate() as string;
    const readsUnmanaged = membership.role === 'OWNER' || membership.role === 'ADMIN';
    const sections = await this.db.transaction(async (manager) => {
      const lastDigest = await this.lastDigestDate(manager, membership.userId, date);
      return this.sections(manager, {
        reader: { managerId: membership.id, unmanaged: readsUnmanaged },
        agency,
        locale,
        zone,
        at,
        date,
        daysSinceLast: daysBetween(lastDigest, date),
      });
    });
    const model: DigestModel = {
      locale,
      readerName: user.name,
      agencyName: agency.name,
      date,
      dashboardUrl: this.link('/'),
      sections: sections.filter((section) => section.items.length > 0),
      unsubscribeUrl: unsubscribeUrl ?? null,
    };
    return { model, email: await renderDigest(model), hasContent: hasNews(model.sections) };
  }

  /**
   * A group's morning summary (a channel's DAILY_DIGEST): how many items each section holds for the
   * channel's scope — one manager's entities, or (null) the whole agency — at `at`, the agency's
   * 08:00. The same sections and the same "something to say" rule as the email digest.
   */
  async channelSummary(
    scope: { managerId: string | null },
    agency: AgencyEntity,
    at: Date,
  ): Promise<{ date: string; counts: Record<DigestSection['kind'], number>; hasContent: boolean }> {
    const zone = agency.timeZone;
    const date = DateTime.fromJSDate(at, { zone }).toISODate() as string;
    const sections = await this.db.transaction((manager) =>
      this.sections(manager, {
        reader: { managerId: scope.managerId, unmanaged: scope.managerId === null },
        agency,
        locale: 'zh-CN',
        zone,
        at,
        date,
        daysSinceLast: 1,
      }),
    );
    const counts = Object.fromEntries(
      sections.map((section) => [section.kind, section.items.length]),
    ) as Record<DigestSection['kind'], number>;
    return { date, counts, hasContent: hasNews(sections) };
  }

  private async sections(
    manager: EntityManager,
    context: {
      /** Whose entities: a manager's (and, for OWNER/ADMIN, those without one); null: every entity. */
      reader: { managerId: string | null; unmanaged: boolean };
      agency: AgencyEntity;
      locale: EmailLocale;
      zone: string;
      at: Date;
      date: string;
      /** Days since the reader's last digest: a reminder rung crossed in between is news. */
      daysSinceLast: number;
    },
  ): Promise<DigestSection[]> {
    const { reader, agency, locale, zone, at, date, daysSinceLast } = context;
    const messages = DIGEST_MESSAGES[locale];
    const local = (instant: Date, timeZone = zone) =>
      DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
    // The reader's entities, as a reusable SQL condition on an alias `e` ($1: the manager, or null).
    const scope =
      reader.managerId === null
        ? `e.archived_at IS NULL AND $1::uuid IS NULL`
        : `e.archived_at IS NULL AND (e.manager_id = $1${reader.unmanaged ? ' OR e.manager_id IS NULL' : ''})`;
    const section = (kind: DigestSection['kind'], items: DigestItem[]): DigestSection => ({
      kind,
      title: messages.sectionTitle[kind],
      items,
    });

    const deadlines: Array<{ id: string; legal_name: string; site: Site; deadline_at: Date }> =
      await manager.query(
        `SELECT c.id, e.legal_name, c.site, c.deadline_at FROM verification_cases c
         JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
        WHERE ${scope} AND ${openCaseSql('c')} AND c.deadline_at <= $2
        ORDER BY c.deadline_at`,
        [reader.managerId, new Date(at.getTime() + 72 * HOUR)],
      );
    const appointments: Array<{ id: string; legal_name: string; site: Site; starts_at: Date }> =
      await manager.query(
        `SELECT c.id, e.legal_name, c.site, c.appointment_starts_at AS starts_at FROM verification_cases c
         JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
        WHERE ${scope} AND ${openCaseSql('c')}
          AND c.appointment_starts_at BETWEEN $2 AND $3
        ORDER BY c.appointment_starts_at`,
        [reader.managerId, at, new Date(at.getTime() + 48 * HOUR)],
      );
    const failures: Array<{
      case_id: string;
      legal_name: string;
      site: Site;
      outcome: string;
      occurred_at: Date;
      failure_reasons: string[];
    }> = await manager.query(
      `SELECT a.case_id, e.legal_name, c.site, a.outcome, a.occurred_at, a.failure_reasons FROM attempts a
           JOIN verification_cases c ON c.agency_id = a.agency_id AND c.id = a.case_id
           JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
          WHERE ${scope} AND a.outcome <> 'PASSED' AND a.occurred_at BETWEEN $2 AND $3
          ORDER BY a.occurred_at DESC`,
      [reader.managerId, new Date(at.getTime() - 24 * HOUR), at],
    );
    const expiring: Array<{
      id: string;
      entity_id: string;
      legal_name: string;
      type: string;
      expires_on: string;
      stores: string[] | null;
    }> = await manager.query(
      `SELECT d.id, e.id AS entity_id, e.legal_name, d.type, d.expires_on::text AS expires_on,
                (SELECT array_agg(s.shop_name || ' (' || s.site || ')' ORDER BY s.site) FROM stores s
                  WHERE s.agency_id = d.agency_id AND s.seller_entity_id = d.seller_entity_id AND s.status <> 'CLOSED'
                    AND (d.sites = '{}' OR s.site = ANY (d.sites))) AS stores
           FROM documents d JOIN seller_entities e ON e.agency_id = d.agency_id AND e.id = d.seller_entity_id
          WHERE ${scope} AND d.expires_on <= $2
          ORDER BY d.expires_on, e.legal_name`,
      [reader.managerId, addDaysToDate(date, Math.max(agency.expiryWarningDays, MAX_RUNG))],
    );
    const ladders = await this.ladders(manager);
    // A reminder rung crossed since the last digest leads the section (and is news); the rest of the
    // window follows, each document named.
    const crossedRung = (row: (typeof expiring)[number]) =>
      crossedReminderRung(
        ladders.get(row.type) ?? DEFAULT_REMINDER_LADDER,
        daysBetween(date, row.expires_on),
        daysSinceLast,
      );
    const expiringDocuments = expiring
      .map((row) => ({ row, reminderDue: crossedRung(row) }))
      .filter(
        ({ row, reminderDue }) =>
          reminderDue || daysBetween(date, row.expires_on) <= agency.expiryWarningDays,
      );
    const restricted: Array<{
      entity_id: string;
      legal_name: string;
      shop_name: string;
      site: Site;
      status: string;
      restricted_modules: string[];
      freeze_until: Date | null;
    }> = await manager.query(
      `SELECT e.id AS entity_id, e.legal_name, s.shop_name, s.site, s.status, s.restricted_modules, s.freeze_until FROM stores s
           JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id
          WHERE ${scope} AND s.status <> 'ACTIVE'
          ORDER BY s.freeze_until NULLS LAST, e.legal_name`,
      [reader.managerId],
    );

    return [
      section(
        'deadlines',
        deadlines.map((row) => ({
          kind: 'deadline',
          title: messages.deadline(row.legal_name, row.site),
          detail: messages.deadlineDetail(
            local(row.deadline_at),
            (row.deadline_at.getTime() - at.getTime()) / HOUR,
          ),
          link: this.link(`/cases/${row.id}`),
        })),
      ),
      section(
        'appointments',
        appointments.map((row) => ({
          kind: 'appointment',
          title: messages.appointment(row.legal_name, row.site),
          detail: messages.appointmentDetail(
            local(row.starts_at, SITE_TIME_ZONES[row.site]),
            SITE_TIME_ZONES[row.site],
            local(row.starts_at),
            zone,
          ),
          link: this.link(`/cases/${row.id}`),
        })),
      ),
      section(
        'failures',
        failures.map((row) =>
          failureItem(locale, {
            entityName: row.legal_name,
            site: row.site,
            outcome: row.outcome,
            occurredAt: local(row.occurred_at),
            failureReasons: row.failure_reasons,
            link: this.link(`/cases/${row.case_id}`),
          }),
        ),
      ),
      section(
        'expiring',
        expiringItems(
          locale,
          expiringDocuments.map(({ row, reminderDue }) => ({
            entityName: row.legal_name,
            documentType: row.type,
            expiresOn: row.expires_on,
            daysLeft: daysBetween(date, row.expires_on),
            stores: row.stores ?? [],
            link: this.link(`/entities/${row.entity_id}`),
            reminderDue,
          })),
        ),
      ),
      section(
        'restricted',
        restricted.map((row) => ({
          kind: 'restricted',
          title: messages.restricted(row.legal_name, row.shop_name, row.site),
          detail: messages.restrictedDetail(
            digestTerm(locale, 'storeStatus', row.status),
            row.restricted_modules.map((module) => digestTerm(locale, 'storeModule', module)),
            row.freeze_until ? local(row.freeze_until) : null,
          ),
          link: this.link(`/entities/${row.entity_id}`),
        })),
      ),
    ];
  }

  /** The agency's own ladders, by document type (the default applies to the rest). */
  private async ladders(manager: EntityManager): Promise<Map<string, number[]>> {
    const rows = await manager.find(ReminderLadderEntity);
    return new Map(rows.map((row) => [row.documentType, row.days]));
  }

  /** The local date of the reader's last digest that went out, or the day before `date`. */
  private async lastDigestDate(
    manager: EntityManager,
    userId: string,
    date: string,
  ): Promise<string> {
    const rows: Array<{ dedupe_key: string }> = await manager.query(
      `SELECT dedupe_key FROM deliveries WHERE user_id = $1 AND kind = 'DIGEST' AND status IN ('SENT', 'STORED')
         AND dedupe_key < $2 ORDER BY dedupe_key DESC LIMIT 1`,
      [userId, `digest:${userId}:${date}`],
    );
    return rows[0]?.dedupe_key.split(':')[2] ?? addDaysToDate(date, -1);
  }

  private link(path: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}${path}`;
  }
}

/**
 * Documents merely inside the expiry window are not worth a digest alone: that would be daily
 * nagging. When one goes out for another reason, they are all listed by name.
 */
function hasNews(sections: DigestSection[]): boolean {
  return sections.some((section) =>
    section.items.some((item) => item.kind !== EXPIRING_WINDOW_KIND),
  );
}
