import { Inject, Injectable } from '@nestjs/common';
import { addDaysToDate } from '@veridesk/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { GuestGate } from '../../../engine/auth/guest-gate.service';
import { newGuestToken } from '../../../engine/auth/secrets';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { AuditService } from '../../audit/audit.service';
import { MembershipEntity } from '../../member/membership.entity';
import { CalendarFeedEntity } from '../calendar-feed.entity';
import { bookedAppointments, documentExpiries, openCaseDeadlines } from '../calendar.queries';
import { renderCalendar } from './calendar-ics';

/** How far ahead document expiries are listed (agency calendar days). */
export const EXPIRY_HORIZON_DAYS = 400;

export type CalendarFeedView = { url: string; createdAt: Date };

/**
 * A member's secret calendar URL and what it serves (RULES.md "Calendar feed"). The token is sealed
 * rather than only hashed because the settings page shows the same URL every time (a member copies
 * it into a second calendar app months later); requests still find the feed by hash only.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly cipher: PersonalDataCipher,
    private readonly gate: GuestGate,
    private readonly agencyClock: AgencyClock,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The caller's live feed, created on first read. A query reads in a shared read-only
   * transaction, so the feed is found or created in a write transaction of its own.
   */
  feed(): Promise<CalendarFeedView> {
    const principal = this.tenantContext.principal;
    const membershipId = this.membershipOf(principal.membershipId);
    return this.tenantContext.runInAgency(
      principal.agencyId,
      () =>
        this.db.transaction(async (manager) => {
          const live = await this.live(manager, membershipId);
          if (live) return this.view(live);
          // Two first reads at once: the live-feed unique index keeps one, the other reads it.
          await this.insert(manager, membershipId, true);
          return this.view((await this.live(manager, membershipId)) as CalendarFeedEntity);
        }),
      principal,
    );
  }

  /** A new URL for the caller; the old one answers 404 from this commit on. */
  rotate(): Promise<CalendarFeedView> {
    const membershipId = this.membershipOf(this.tenantContext.principal.membershipId);
    return this.db.transaction(async (manager) => {
      // Serialises rotations of one member (the row lock), so exactly one feed stays live.
      await manager.query(`SELECT id FROM memberships WHERE id = $1 FOR UPDATE`, [membershipId]);
      await manager.update(
        CalendarFeedEntity,
        { membershipId, revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      const feed = await this.insert(manager, membershipId, false);
      await this.audit.record({
        action: 'calendarFeed.rotate',
        subjectType: 'Member',
        subjectId: membershipId,
      });
      return this.view(feed as CalendarFeedEntity);
    });
  }

  /**
   * The .ics text behind a token, for a caller at `address`. Unknown and revoked tokens answer
   * NOT_FOUND through the guest gate (and count against the address).
   */
  async ics(address: string, token: string): Promise<string> {
    const found = await this.gate.open(
      address,
      token,
      async (tokenHash) => {
        const rows: Array<{ id: string; agency_id: string }> = await this.db.system((manager) =>
          manager.query(
            `SELECT id, agency_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL`,
            [tokenHash],
          ),
        );
        return rows[0] ?? null;
      },
      'Calendar feed',
    );
    return this.tenantContext.runInAgency(found.agency_id, () => this.render(found.id));
  }

  private async render(feedId: string): Promise<string> {
    const { today } = await this.agencyClock.current();
    return this.db.transaction(async (manager) => {
      const feed = await manager.findOneBy(CalendarFeedEntity, { id: feedId });
      // Revoked between the lookup and here: as unknown as before.
      if (!feed || feed.revokedAt) throw DomainException.notFound('Calendar feed');
      const membership = await manager.findOneByOrFail(MembershipEntity, {
        id: feed.membershipId,
      });
      const agency = await manager.findOneByOrFail(AgencyEntity, { id: feed.agencyId });
      const managerId =
        membership.role === 'OWNER' || membership.role === 'ADMIN' ? null : membership.id;
      return renderCalendar({
        agencyName: agency.name,
        appointments: await bookedAppointments(manager, managerId),
        deadlines: await openCaseDeadlines(manager, managerId),
        expiries: await documentExpiries(
          manager,
          managerId,
          today,
          addDaysToDate(today, EXPIRY_HORIZON_DAYS),
        ),
        publicUrl: this.publicUrl(),
      });
    });
  }

  private membershipOf(membershipId: string | null): string {
    if (!membershipId) throw DomainException.forbidden('An API key has no calendar feed.');
    return membershipId;
  }

  private live(manager: EntityManager, membershipId: string) {
    return manager
      .createQueryBuilder(CalendarFeedEntity, 'feed')
      .where('feed.membership_id = :membershipId AND feed.revoked_at IS NULL', { membershipId })
      .getOne();
  }

  private async insert(
    manager: EntityManager,
    membershipId: string,
    ignoreExisting: boolean,
  ): Promise<CalendarFeedEntity | null> {
    const { token, hash } = newGuestToken();
    const sealed = this.cipher.seal(token);
    const rows: CalendarFeedEntity[] = await manager.query(
      `INSERT INTO calendar_feeds (agency_id, membership_id, token_hash, token_ciphertext, token_key_id)
       VALUES ($1, $2, $3, $4, $5)
       ${ignoreExisting ? 'ON CONFLICT (agency_id, membership_id) WHERE revoked_at IS NULL DO NOTHING' : ''}
       RETURNING id, agency_id AS "agencyId", membership_id AS "membershipId",
                 token_ciphertext AS "tokenCiphertext", token_key_id AS "tokenKeyId", created_at AS "createdAt"`,
      [this.tenantContext.agencyId, membershipId, hash, sealed.ciphertext, sealed.keyId],
    );
    return rows[0] ?? null;
  }

  private view(feed: Pick<CalendarFeedEntity, 'tokenCiphertext' | 'tokenKeyId' | 'createdAt'>) {
    const token = this.cipher.open({ ciphertext: feed.tokenCiphertext, keyId: feed.tokenKeyId });
    return { url: `${this.publicUrl()}/calendar/${token}.ics`, createdAt: feed.createdAt };
  }

  private publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }
}
