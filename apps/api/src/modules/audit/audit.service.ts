import { Injectable } from '@nestjs/common';
import { assertId } from '../../engine/database/ids';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { keysetPage, Page, PageArgs } from '../../engine/graphql/pagination';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuditEventEntity } from './audit-event.entity';

export type AuditRecord = {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** The seller entity concerned, so the entity's history shows its records' events too. */
  sellerEntityId?: string | null;
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

  /**
   * Newest first. With a subjectId: the events about that record and, for a seller entity, about
   * its representatives, stores, documents and cases too.
   */
  async list(subjectId: string | undefined, page: PageArgs): Promise<Page<AuditEventEntity>> {
    return this.db.transaction(async (manager) => {
      const query = manager.createQueryBuilder(AuditEventEntity, 'a');
      if (subjectId) {
        query.andWhere('(a.subject_id = :subjectId OR a.seller_entity_id = :subjectId)', {
          subjectId: assertId(subjectId, 'Subject'),
        });
      }
      return keysetPage(query, page, {
        column: 'a.at',
        idColumn: 'a.id',
        direction: 'DESC',
        valueOf: (row) => row.at,
      });
    });
  }

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
          sellerEntityId: record.sellerEntityId ?? null,
          changes: record.changes ?? null,
        }),
      ),
    );
  }
}
