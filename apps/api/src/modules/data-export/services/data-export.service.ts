import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { canAdministerAgency } from '@veridesk/domain';
import type { Queue } from 'bull';
import type { Readable } from 'node:stream';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { FileStorage } from '../../file/storage/file-storage';
import { MembershipEntity } from '../../member/membership.entity';
import { DataExportEntity } from '../data-export.entity';
import { DataExportObject, DataExportStatus } from '../data-export.object';
import { readExportTicket, signExportTicket } from './export-ticket';

/** How long a built export can be downloaded. */
export const EXPORT_TTL_MS = 24 * 3_600_000;
export const EXPORTS_PATH = '/exports';

/**
 * The agency's data exports (RULES.md, "Trust"): requested here, built by the worker
 * (DataExportProcessor), downloaded by the agency's OWNERs and ADMINs for 24 hours at a signed URL.
 */
@Injectable()
export class DataExportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    @InjectQueue(QueueName.Exports) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(): Promise<DataExportObject> {
    const principal = this.tenantContext.principal;
    const created = await this.db.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(DataExportEntity, {
          agencyId: principal.agencyId,
          requestedById: principal.kind === 'user' ? principal.userId : null,
          status: 'PENDING',
        }),
      );
      await this.audit.record({
        action: 'dataExport.request',
        subjectType: 'DataExport',
        subjectId: row.id,
      });
      return row;
    });
    await this.queue.add(
      'build',
      { agencyId: principal.agencyId, exportId: created.id },
      { jobId: `export:${created.id}`, attempts: 3 },
    );
    return this.toObject(created);
  }

  /** The agency's exports, newest first (the last 20). */
  async list(): Promise<DataExportObject[]> {
    const rows = await this.db.transaction((manager) =>
      manager.find(DataExportEntity, { order: { createdAt: 'DESC' }, take: 20 }),
    );
    return rows.map((row) => this.toObject(row));
  }

  /**
   * Opens an export for download with a ticket from its URL: the ticket's user must still be an
   * OWNER or ADMIN of the agency, the export READY and not expired. Audited.
   */
  async open(
    exportId: string,
    ticket: string,
  ): Promise<{ stream: Readable; sizeBytes: number; name: string }> {
    const pass = readExportTicket(this.config.AUTH_SECRET, ticket, this.clock.now().getTime());
    if (!pass || pass.exportId !== exportId) throw DomainException.notFound('Export');
    return this.tenantContext.runInAgency(pass.agencyId, () =>
      this.db.transaction(async (manager) => {
        const membership = await manager.findOne(MembershipEntity, {
          where: { userId: pass.userId },
          relations: { user: true },
        });
        if (!membership || !canAdministerAgency(membership.role))
          throw DomainException.forbidden('Only an OWNER or ADMIN may download the export.');
        const row = await manager.findOneBy(DataExportEntity, { id: assertId(exportId, 'Export') });
        if (!row || this.statusOf(row) !== DataExportStatus.READY || !row.storageKey)
          throw DomainException.notFound('Export');
        const stream = await this.storage.stream(row.storageKey);
        if (!stream) throw DomainException.notFound('Export');
        await this.audit.record({
          action: 'dataExport.download',
          subjectType: 'DataExport',
          subjectId: row.id,
          actor: `user:${membership.user?.email ?? pass.userId}`,
        });
        return {
          stream,
          sizeBytes: Number(row.sizeBytes),
          name: `veridesk-export-${row.createdAt.toISOString().slice(0, 10)}.zip`,
        };
      }),
    );
  }

  private statusOf(row: DataExportEntity): DataExportStatus {
    if (row.status === 'READY' && row.expiresAt && row.expiresAt <= this.clock.now())
      return DataExportStatus.EXPIRED;
    return DataExportStatus[row.status];
  }

  private toObject(row: DataExportEntity): DataExportObject {
    const status = this.statusOf(row);
    const principal = this.tenantContext.principal;
    const url =
      status === DataExportStatus.READY && row.expiresAt && principal.userId
        ? `${this.config.PUBLIC_URL.replace(/\/$/, '')}${EXPORTS_PATH}/${row.id}?ticket=${signExportTicket(
            this.config.AUTH_SECRET,
            {
              agencyId: row.agencyId,
              exportId: row.id,
              userId: principal.userId,
              expiresAt: row.expiresAt.getTime(),
            },
          )}`
        : null;
    return {
      id: row.id,
      status,
      createdAt: row.createdAt,
      readyAt: row.readyAt,
      sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
      url,
      expiresAt: row.expiresAt,
    };
  }
}
