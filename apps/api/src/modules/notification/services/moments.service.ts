import { Injectable } from '@nestjs/common';
import {
  addDaysToDate,
  crossedReminderRung,
  daysBetween,
  DEFAULT_REMINDER_LADDER,
  Site,
} from '@veridesk/domain';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import type { ChannelEventFacts } from '../../channel/messages';
import { heldStoreSql } from '../../store/store-status.sql';
import { openCaseSql } from '../../verification-case/case-status.sql';
import { ReminderLadderEntity } from '../reminder-ladder.entity';

/** Something that happened (or a condition that holds) that someone should hear of, once. */
export type Moment = {
  /** Names it once: a delivery per key and reader (email) or channel. */
  key: string;
  facts: Exclude<ChannelEventFacts, { event: 'DAILY_DIGEST' }>;
  /** The entity's manager: who hears of it (a channel scoped to a manager, an alert email). */
  entityManagerId: string | null;
  /**
   * When it happened; null for a standing condition (a case due soon or overdue, a document's
   * reminder day), which is news to a channel connected after it began.
   */
  occurredAt: Date | null;
};

const HOUR = 3_600_000;
/** Instantaneous moments are looked for this far back (a worker down for a while catches up). */
const LOOKBACK = 24 * HOUR;
/** Calendar moments (a reminder rung, the day after expiry) are caught up for this many days. */
const CATCH_UP_DAYS = 2;

/**
 * The one place that decides "what happened" for the agency in context: cases opened, due soon,
 * overdue, booked, passed; calls that did not pass; stores newly restricted; documents reaching a
 * reminder rung of their ladder or their expiry; a representative answering "not ready"; documents a
 * seller submitted through a request link. Alert emails (AlertService) and channels
 * (ChannelEvents) are two outputs of it. Every query runs under the agency's row-level security.
 */
@Injectable()
export class MomentsService {
  async detect(manager: EntityManager, now: Date, timeZone: string): Promise<Moment[]> {
    const since = new Date(now.getTime() - LOOKBACK);
    const [cases, attempts, stores, documents, notReady, submitted] = await Promise.all([
      this.cases(manager, now, since),
      this.attempts(manager, since),
      this.stores(manager, since),
      this.documents(manager, DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!),
      this.callPrepNotReady(manager, since),
      this.documentsSubmitted(manager, since),
    ]);
    return [...cases, ...attempts, ...stores, ...documents, ...notReady, ...submitted];
  }

  private async cases(manager: EntityManager, now: Date, since: Date): Promise<Moment[]> {
    const rows: Array<{
      id: string;
      site: Site;
      deadline_at: Date;
      appointment_starts_at: Date | null;
      appointment_booked_at: Date | null;
      created_at: Date;
      open: boolean;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT c.id, c.site, c.deadline_at, c.appointment_starts_at, c.appointment_booked_at, c.created_at,
              ${openCaseSql('c')} AS open, e.id AS entity_id, e.legal_name, e.manager_id
         FROM verification_cases c JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
        WHERE e.archived_at IS NULL
          AND ((${openCaseSql('c')} AND c.deadline_at <= $1)
            OR c.created_at >= $2 OR c.appointment_booked_at >= $2)`,
      [new Date(now.getTime() + 24 * HOUR), since],
    );
    return rows.flatMap((row): Moment[] => {
      const about = {
        caseId: row.id,
        entityId: row.entity_id,
        entityName: row.legal_name,
        site: row.site,
      };
      const moment = (key: string, facts: Moment['facts'], occurredAt: Date | null): Moment => ({
        key,
        facts,
        entityManagerId: row.manager_id,
        occurredAt,
      });
      const found: Moment[] = [];
      if (row.created_at >= since)
        found.push(
          moment(
            `case-opened:${row.id}`,
            { event: 'CASE_OPENED', ...about, deadlineAt: row.deadline_at },
            row.created_at,
          ),
        );
      if (
        row.appointment_booked_at &&
        row.appointment_starts_at &&
        row.appointment_booked_at >= since
      )
        found.push(
          moment(
            `appointment-booked:${row.id}:${row.appointment_starts_at.getTime()}`,
            { event: 'APPOINTMENT_BOOKED', ...about, startsAt: row.appointment_starts_at },
            row.appointment_booked_at,
          ),
        );
      if (row.open && row.deadline_at.getTime() <= now.getTime() + 24 * HOUR) {
        const overdue = row.deadline_at.getTime() < now.getTime();
        // A case due soon with a slot booked is on track: nothing to say.
        if (overdue || !row.appointment_starts_at)
          found.push(
            moment(
              `${overdue ? 'case-overdue' : 'case-due-soon'}:${row.id}`,
              {
                event: overdue ? 'CASE_OVERDUE' : 'CASE_DUE_SOON',
                ...about,
                deadlineAt: row.deadline_at,
              },
              null,
            ),
          );
      }
      return found;
    });
  }

  /**
   * The legal representative answered "needs another slot" on the call-prep page of an open case:
   * once per answer (a later "not ready" is news again). Heard through CASE_DUE_SOON.
   */
  private async callPrepNotReady(manager: EntityManager, since: Date): Promise<Moment[]> {
    const rows: Array<{
      id: string;
      case_id: string;
      answer_note: string | null;
      answered_at: Date;
      site: Site;
      deadline_at: Date;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT l.id, l.case_id, l.answer_note, l.answered_at, c.site, c.deadline_at,
              e.id AS entity_id, e.legal_name, e.manager_id FROM call_prep_links l
         JOIN verification_cases c ON c.agency_id = l.agency_id AND c.id = l.case_id
         JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
        WHERE e.archived_at IS NULL AND ${openCaseSql('c')} AND l.ready = false AND l.answered_at >= $1`,
      [since],
    );
    return rows.map((row) => ({
      key: `call-prep-not-ready:${row.id}:${row.answered_at.getTime()}`,
      facts: {
        event: 'CASE_DUE_SOON',
        caseId: row.case_id,
        entityId: row.entity_id,
        entityName: row.legal_name,
        site: row.site,
        deadlineAt: row.deadline_at,
        notReady: { note: row.answer_note },
      },
      entityManagerId: row.manager_id,
      occurredAt: row.answered_at,
    }));
  }

  private async attempts(manager: EntityManager, since: Date): Promise<Moment[]> {
    const rows: Array<{
      id: string;
      case_id: string;
      outcome: string;
      failure_reasons: string[];
      site: Site;
      occurred_at: Date;
      created_at: Date;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT a.id, a.case_id, a.outcome, a.failure_reasons, c.site, a.occurred_at, a.created_at,
              e.id AS entity_id, e.legal_name, e.manager_id FROM attempts a
         JOIN verification_cases c ON c.agency_id = a.agency_id AND c.id = a.case_id
         JOIN seller_entities e ON e.agency_id = c.agency_id AND e.id = c.seller_entity_id
        WHERE e.archived_at IS NULL AND a.created_at >= $1`,
      [since],
    );
    // When it was recorded is when the agency learnt of it (a call may be entered after the fact).
    return rows.map((row): Moment =>
      row.outcome === 'PASSED'
        ? {
            key: `case-passed:${row.case_id}`,
            facts: {
              event: 'CASE_PASSED',
              caseId: row.case_id,
              entityId: row.entity_id,
              entityName: row.legal_name,
              site: row.site,
              passedAt: row.occurred_at,
            },
            entityManagerId: row.manager_id,
            occurredAt: row.created_at,
          }
        : {
            key: `attempt-failed:${row.id}`,
            facts: {
              event: 'ATTEMPT_FAILED',
              caseId: row.case_id,
              attemptId: row.id,
              entityId: row.entity_id,
              entityName: row.legal_name,
              site: row.site,
              occurredAt: row.occurred_at,
              outcome: row.outcome,
              reasons: row.failure_reasons,
            },
            entityManagerId: row.manager_id,
            occurredAt: row.created_at,
          },
    );
  }

  private async stores(manager: EntityManager, since: Date): Promise<Moment[]> {
    const rows: Array<{
      id: string;
      shop_name: string;
      site: Site;
      status: string;
      restricted_modules: string[];
      freeze_until: Date | null;
      status_changed_at: Date;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT s.id, s.shop_name, s.site, s.status, s.restricted_modules, s.freeze_until, s.status_changed_at,
              e.id AS entity_id, e.legal_name, e.manager_id FROM stores s
         JOIN seller_entities e ON e.agency_id = s.agency_id AND e.id = s.seller_entity_id
        WHERE e.archived_at IS NULL AND ${heldStoreSql('s')} AND s.status_changed_at >= $1`,
      [since],
    );
    return rows.map((row) => ({
      key: `store-restricted:${row.id}:${row.status_changed_at.getTime()}`,
      facts: {
        event: 'STORE_RESTRICTED',
        storeId: row.id,
        entityId: row.entity_id,
        entityName: row.legal_name,
        storeName: row.shop_name,
        site: row.site,
        status: row.status,
        modules: row.restricted_modules,
        freezeUntil: row.freeze_until,
      },
      entityManagerId: row.manager_id,
      occurredAt: row.status_changed_at,
    }));
  }

  /**
   * Documents on a day of their reminder ladder (crossedReminderRung, the digest's rule), and the
   * day after their expiry date; a worker that was down catches up CATCH_UP_DAYS.
   */
  private async documents(manager: EntityManager, today: string): Promise<Moment[]> {
    const ladders = new Map(
      (await manager.find(ReminderLadderEntity)).map((row) => [row.documentType, row.days]),
    );
    const longest = Math.max(...DEFAULT_REMINDER_LADDER, ...[...ladders.values()].flat());
    const rows: Array<{
      id: string;
      type: string;
      expires_on: string;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
      stores: string[] | null;
    }> = await manager.query(
      `SELECT d.id, d.type, d.expires_on::text AS expires_on, e.id AS entity_id, e.legal_name, e.manager_id,
              (SELECT array_agg(s.shop_name || ' (' || s.site || ')' ORDER BY s.site) FROM stores s
                WHERE s.agency_id = d.agency_id AND s.seller_entity_id = d.seller_entity_id AND s.status <> 'CLOSED'
                  AND (d.sites = '{}' OR s.site = ANY (d.sites))) AS stores
         FROM documents d JOIN seller_entities e ON e.agency_id = d.agency_id AND e.id = d.seller_entity_id
        WHERE e.archived_at IS NULL AND d.expires_on BETWEEN $1 AND $2`,
      [addDaysToDate(today, -CATCH_UP_DAYS), addDaysToDate(today, longest)],
    );
    return rows.flatMap((row): Moment[] => {
      const daysLeft = daysBetween(today, row.expires_on);
      const about = {
        documentId: row.id,
        entityId: row.entity_id,
        entityName: row.legal_name,
        documentType: row.type,
        expiresOn: row.expires_on,
        daysLeft,
        stores: row.stores ?? [],
      };
      if (daysLeft < 0)
        return [
          {
            key: `document-expired:${row.id}:${row.expires_on}`,
            facts: { event: 'DOCUMENT_EXPIRED', ...about },
            entityManagerId: row.manager_id,
            occurredAt: null,
          },
        ];
      const ladder =
        ladders.get(row.type as ReminderLadderEntity['documentType']) ?? DEFAULT_REMINDER_LADDER;
      if (!crossedReminderRung(ladder, daysLeft, CATCH_UP_DAYS)) return [];
      // The rung crossed: the nearest one at or beyond the days left.
      const rung = Math.min(...ladder.filter((days) => days >= daysLeft));
      return [
        {
          key: `document-expiring:${row.id}:${row.expires_on}:${rung}`,
          facts: { event: 'DOCUMENT_EXPIRING', ...about },
          entityManagerId: row.manager_id,
          occurredAt: null,
        },
      ];
    });
  }

  /** A seller submitted a document through a request's link (RULES.md "Guest links"). */
  private async documentsSubmitted(manager: EntityManager, since: Date): Promise<Moment[]> {
    const rows: Array<{
      id: string;
      type: string;
      submitted_at: Date;
      entity_id: string;
      legal_name: string;
      manager_id: string | null;
    }> = await manager.query(
      `SELECT r.id, r.type, r.submitted_at, e.id AS entity_id, e.legal_name, e.manager_id
         FROM document_requests r JOIN seller_entities e ON e.agency_id = r.agency_id AND e.id = r.seller_entity_id
        WHERE e.archived_at IS NULL AND r.submitted_at >= $1`,
      [since],
    );
    return rows.map((row) => ({
      key: `document-submitted:${row.id}`,
      facts: {
        event: 'DOCUMENT_SUBMITTED',
        // Nothing is recorded until the review: the fact names the request that was submitted.
        documentId: row.id,
        entityId: row.entity_id,
        entityName: row.legal_name,
        documentType: row.type,
        submittedAt: row.submitted_at,
      },
      entityManagerId: row.manager_id,
      occurredAt: row.submitted_at,
    }));
  }
}
