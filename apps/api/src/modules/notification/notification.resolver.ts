import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DEFAULT_REMINDER_LADDER, DOCUMENT_TYPES } from '@veridesk/domain';
import { Access } from '../../engine/auth/access.decorator';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { DomainException } from '../../engine/exceptions/domain.exception';
import { keysetPage, PageArgs, toPage } from '../../engine/graphql/pagination';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuditService } from '../audit/audit.service';
import { MembershipEntity } from '../member/membership.entity';
import { DeliveryEntity } from './delivery.entity';
import {
  DeliveryConnection,
  NotificationPreferencesObject,
  ReminderLadderObject,
  UpdateNotificationPreferencesInput,
  UpdateReminderLadderInput,
} from './notification.objects';
import { ReminderLadderEntity } from './reminder-ladder.entity';

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
  ) {}

  @Query(() => NotificationPreferencesObject, {
    description: "The signed-in member's digest and alert settings.",
  })
  async notificationPreferences(): Promise<NotificationPreferencesObject> {
    const membership = await this.db.transaction((manager) => this.membership(manager));
    return membership as NotificationPreferencesObject;
  }

  @Mutation(() => NotificationPreferencesObject)
  async updateNotificationPreferences(
    @Args('input') input: UpdateNotificationPreferencesInput,
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

  @Query(() => DeliveryConnection, {
    description: 'Emails for the viewer, newest first (readable here when no SMTP server is set).',
  })
  async myDeliveries(@Args() page: PageArgs) {
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

  @Query(() => [ReminderLadderObject], {
    description: 'The reminder ladder of every document type.',
  })
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

  @Access('admin')
  @Mutation(() => ReminderLadderObject)
  async updateReminderLadder(
    @Args('input') input: UpdateReminderLadderInput,
  ): Promise<ReminderLadderObject> {
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

  private async membership(manager: import('typeorm').EntityManager): Promise<MembershipEntity> {
    const principal = this.tenantContext.principal;
    if (!principal.membershipId)
      throw DomainException.forbidden('An API key has no notification settings.');
    return manager.findOneByOrFail(MembershipEntity, { id: principal.membershipId });
  }
}
