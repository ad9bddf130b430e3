import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { EntityManager } from 'typeorm';
import { Clock } from '../../../engine/clock/clock';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { MailService, OutgoingEmail } from '../../../engine/mail/mail.service';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryEntity, DeliveryKind } from '../delivery.entity';
import { UnsubscribeTokens } from './unsubscribe-token.service';

export type Content = { subject: string; text: string; html: string } | null;

export class LeaseHeldElsewhere extends Error {
  constructor(id: string) {
    super(`Delivery ${id} is being sent by another worker`);
  }
}

export type SendOutcome = 'SENT' | 'STORED' | 'SKIPPED' | 'ALREADY_DONE';

/**
 * Exactly-once email: a delivery row keyed by (agency, dedupe key) is claimed before anything is
 * built or sent; sending leases the row, and only a lease holder may send. A retry after a crash
 * finds the row SENT and stops, or the lease lapsed and takes over.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly unsubscribe: UnsubscribeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Inserts the row unless its key exists; returns the new id, or null when already claimed. Call in the agency. */
  async claim(
    manager: EntityManager,
    row: {
      agencyId: string;
      userId: string;
      kind: DeliveryKind;
      dedupeKey: string;
      toEmail: string;
      content?: Content;
    },
  ): Promise<string | null> {
    const result: Array<{ id: string }> = await manager.query(
      `INSERT INTO deliveries (agency_id, user_id, kind, dedupe_key, to_email, subject, text_body, html_body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT "UQ_deliveries_agency_key" DO NOTHING RETURNING id`,
      [
        row.agencyId,
        row.userId,
        row.kind,
        row.dedupeKey,
        row.toEmail,
        row.content?.subject ?? null,
        row.content?.text ?? null,
        row.content?.html ?? null,
      ],
    );
    return result[0]?.id ?? null;
  }

  /**
   * Sends one delivery, building its content first if it has none (`build` returns null when there
   * is nothing to say). Throws on SMTP failure so the queue retries with backoff.
   */
  async send(
    deliveryId: string,
    build: (delivery: DeliveryEntity) => Promise<Content>,
  ): Promise<SendOutcome> {
    // Leases are about live processes, so they run on the database's wall clock (now()), never on
    // the business clock that decides what a digest says.
    const leased = await this.db.transaction(async (manager) => {
      const rows: Array<Record<string, any>> = await manager
        .createQueryBuilder()
        .update(DeliveryEntity)
        .set({
          status: 'SENDING',
          leasedUntil: () => `now() + make_interval(secs => ${this.config.MAIL_LEASE_MS / 1000})`,
          attempts: () => 'attempts + 1',
        })
        .where('id = :id', { id: deliveryId })
        .andWhere(
          `(status IN ('PENDING', 'FAILED') OR (status = 'SENDING' AND leased_until < now()))`,
        )
        .returning('*')
        .execute()
        .then((result) => result.raw);
      if (rows.length) return this.toEntity(rows[0]);
      const current = await manager.findOneBy(DeliveryEntity, { id: deliveryId });
      if (!current || ['SENT', 'STORED', 'SKIPPED'].includes(current.status)) return null;
      throw new LeaseHeldElsewhere(deliveryId);
    });
    if (!leased) return 'ALREADY_DONE';
    const id = leased.id;
    let content: Content =
      leased.subject && leased.textBody && leased.htmlBody
        ? { subject: leased.subject, text: leased.textBody, html: leased.htmlBody }
        : null;
    if (!content) {
      content = await build(leased);
      if (!content) {
        await this.finish(id, { status: 'SKIPPED' });
        return 'SKIPPED';
      }
      await this.db.transaction((manager) =>
        manager.update(
          DeliveryEntity,
          { id },
          { subject: content!.subject, textBody: content!.text, htmlBody: content!.html },
        ),
      );
    }
    if (!this.mail.enabled) {
      await this.finish(id, { status: 'STORED' });
      return 'STORED';
    }
    try {
      const messageId = await this.mail.send({
        to: leased.toEmail as string,
        ...content,
        // The same id on every attempt: a mail system that sees it twice can drop the copy.
        headers: { 'Message-ID': `<${id}@veridesk>` },
        automated: await this.automated(leased),
      });
      await this.finish(id, { status: 'SENT', sentAt: this.clock.now(), messageId });
      return 'SENT';
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      this.logger.warn({ deliveryId: id, error: message }, 'SMTP delivery failed; will retry');
      await this.finish(id, { status: 'FAILED', lastError: message });
      throw error;
    }
  }

  /**
   * Every digest and alert is marked machine-sent, in its reader's language, with the signed link
   * that turns the digest off (the same link the digest's footer carries).
   */
  private async automated(delivery: DeliveryEntity): Promise<OutgoingEmail['automated']> {
    const membership = await this.db.transaction((manager) =>
      manager.findOne(MembershipEntity, {
        where: { userId: delivery.userId },
        relations: { user: true },
      }),
    );
    return {
      language: membership?.user?.locale === 'en' ? 'en' : 'zh-CN',
      unsubscribeUrl: membership
        ? this.unsubscribe.url({ agencyId: delivery.agencyId, membershipId: membership.id })
        : null,
    };
  }

  private async finish(id: string, changes: Partial<DeliveryEntity>): Promise<void> {
    await this.db.transaction((manager) =>
      manager.update(DeliveryEntity, { id }, { leasedUntil: null, ...changes }),
    );
  }

  // The raw RETURNING row is snake_case.
  private toEntity(row: Record<string, any>): DeliveryEntity {
    return {
      id: row.id,
      agencyId: row.agency_id,
      userId: row.user_id,
      kind: row.kind,
      dedupeKey: row.dedupe_key,
      status: row.status,
      toEmail: row.to_email,
      subject: row.subject,
      textBody: row.text_body,
      htmlBody: row.html_body,
      attempts: row.attempts,
      lastError: row.last_error,
      leasedUntil: row.leased_until,
      sentAt: row.sent_at,
      messageId: row.message_id,
      createdAt: row.created_at,
    };
  }
}
