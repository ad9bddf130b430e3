import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuditEventEntity } from './audit-event.entity';

export type AuditRecord = {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Field names and new values. Callers pass only what is safe to show: never secrets or ID numbers. */
  changes?: Record<string, unknown> | null;
  /** Overrides the actor, for operations with no principal yet (sign-up, accepting an invitation). */
  actor?: string;
};

@Injectable()
export class AuditService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
  ) {}

  /** Writes in the caller's transaction, so an event exists exactly when its change does. */
  async record(record: AuditRecord): Promise<void> {
    const actor = record.actor ?? this.tenantContext.optionalPrincipal?.label ?? 'system';
    await this.db.transaction((manager) =>
      manager.save(
        manager.create(AuditEventEntity, {
          agencyId: this.tenantContext.agencyId,
          actor,
          action: record.action,
          subjectType: record.subjectType,
          subjectId: record.subjectId ?? null,
          changes: record.changes ?? null,
        }),
      ),
    );
  }
}
