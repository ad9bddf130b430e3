import { Injectable } from '@nestjs/common';
import { DOCUMENT_TYPES } from '@veridesk/domain';
import type { EntityManager } from 'typeorm';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { keysetPage, Page, PageArgs, toPage } from '../../../engine/graphql/pagination';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { DEFAULT_REMINDER_LADDER } from '@veridesk/domain';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryEntity } from '../delivery.entity';
import type {
  NotificationPreferencesObject,
  ReminderLadderObject,
  UpdateNotificationPreferencesInput,
  UpdateReminderLadderInput,
} from '../notification.objects';
import { ReminderLadderEntity } from '../reminder-ladder.entity';

/** The member's digest and alert settings, their email history, and the agency's reminder ladders. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
  ) {}

  async preferences(): Promise<NotificationPreferencesObject> {
    const membership = await this.db.transaction((manager) => this.membership(manager));
    return membership as NotificationPreferencesObject;
  }

  /** Changes the given settings (a missing one keeps its value); audited when any changed. */
  updatePreferences(
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesObject> {
    return this.db.transaction(async (manager) => {
      const membership = await this.membership(manager);
      const changes: Partial<MembershipEntity> = {};
      if (input.digestEnabled !== undefined && input.digestEnabled !== null)
        changes.digestEnabled = input.digestEnabled;
      if (input.digestFrequency) changes.digestFrequency = input.digestFrequency;
      if (input.mutedAlerts) changes.mutedAlerts = [...new Set(input.mutedAlerts)];
      if (Object.keys(changes).length) {
        await manager.update(MembershipEntity, { id: membership.id }, changes);
        await this.audit.record({
          action: 'member.updateNotificationPreferences',
          subjectType: 'Member',
          subjectId: membership.id,
          changes,
        });
      }
      return { ...membership, ...changes } as NotificationPreferencesObject;
    });
  }

  /** The viewer's emails, newest first; none for an API key. */
  async deliveries(page: PageArgs): Promise<Page<DeliveryEntity>> {
    const principal = this.tenantContext.principal;
    if (!principal.userId)
      return toPage(
        [],
        0,
        0,
        () => [],
        (row) => row,
      );
    return this.db.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(DeliveryEntity, 'd')
        .where('d.user_id = :userId', { userId: principal.userId });
      return keysetPage(query, page, {
        column: 'd.created_at',
        idColumn: 'd.id',
        direction: 'DESC',
        valueOf: (row) => row.createdAt,
      });
    });
  }

  /** Every document type's ladder: the agency's own, or the default. */
  async reminderLadders(): Promise<ReminderLadderObject[]> {
    const custom = await this.db.transaction((manager) => manager.find(ReminderLadderEntity));
    return DOCUMENT_TYPES.map((documentType) => {
      const own = custom.find((row) => row.documentType === documentType);
      return {
        documentType,
        days: own?.days ?? [...DEFAULT_REMINDER_LADDER],
        custom: Boolean(own),
      };
    });
  }

  /** Sets a document type's ladder (distinct days, longest first); no days restores the default. */
  updateReminderLadder(input: UpdateReminderLadderInput): Promise<ReminderLadderObject> {
    const days = [...new Set(input.days)].sort((a, b) => b - a);
    return this.db.transaction(async (manager) => {
      const agencyId = this.tenantContext.agencyId;
      if (days.length === 0)
        await manager.delete(ReminderLadderEntity, { agencyId, documentType: input.documentType });
      else
        await manager.upsert(
          ReminderLadderEntity,
          { agencyId, documentType: input.documentType, days },
          ['agencyId', 'documentType'],
        );
      await this.audit.record({
        action: 'agency.updateReminderLadder',
        subjectType: 'Agency',
        subjectId: agencyId,
        changes: { documentType: input.documentType, days },
      });
      return {
        documentType: input.documentType,
        days: days.length ? days : [...DEFAULT_REMINDER_LADDER],
        custom: days.length > 0,
      };
    });
  }

  private async membership(manager: EntityManager): Promise<MembershipEntity> {
    const principal = this.tenantContext.principal;
    if (!principal.membershipId)
      throw DomainException.forbidden('An API key has no notification settings.');
    return manager.findOneByOrFail(MembershipEntity, { id: principal.membershipId });
  }
}
