import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import type { Job, Queue } from 'bull';
import { LessThan, LessThanOrEqual, Not, IsNull } from 'typeorm';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { DataExportEntity } from '../../data-export/data-export.entity';
import { FileStorage } from '../../file/storage/file-storage';
import { InvitationEntity } from '../../member/invitation.entity';
import { SessionEntity } from '../../session/session.entity';

const RETENTION_DAYS = 30;

/**
 * Daily housekeeping: sessions and invitations that ended more than 30 days ago are deleted, and
 * the ZIPs of data exports past their 24 hours.
 * A tick fans out one job per agency, each run inside that agency's context.
 */
@Processor(QueueName.Maintenance)
export class PurgeExpiredCredentialsProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(PurgeExpiredCredentialsProcessor.name);

  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.SCHEDULED_JOBS) return;
    // Repeatable jobs are keyed by name and schedule in Redis: every worker adding it is one job.
    await this.queue.add(
      'purge-expired-credentials-tick',
      {},
      {
        repeat: { cron: '17 3 * * *', tz: 'UTC' },
        jobId: 'purge-expired-credentials-tick',
      },
    );
  }

  @Process('purge-expired-credentials-tick')
  async tick(): Promise<{ agencies: number }> {
    const agencies = await this.db.system((manager) =>
      manager.find(AgencyEntity, { select: { id: true } }),
    );
    await this.queue.addBulk(
      agencies.map(({ id }) => ({
        name: 'purge-expired-credentials',
        data: { agencyId: id },
        opts: { jobId: `purge-expired-credentials:${id}:${new Date().toISOString().slice(0, 10)}` },
      })),
    );
    return { agencies: agencies.length };
  }

  @Process('purge-expired-credentials')
  async purge(
    job: Job<{ agencyId: string }>,
  ): Promise<{ sessions: number; invitations: number; exports: number }> {
    const cutoff = new Date(Date.now() - RETENTION_DAYS * 86_400_000);
    const result = await this.tenantContext.runInAgency(job.data.agencyId, () =>
      this.db.transaction(async (manager) => {
        const sessions = await manager.delete(SessionEntity, { expiresAt: LessThan(cutoff) });
        const revokedSessions = await manager.delete(SessionEntity, {
          revokedAt: LessThan(cutoff),
        });
        const invitations = await manager.delete(InvitationEntity, {
          expiresAt: LessThan(cutoff),
          acceptedAt: IsNull(),
        });
        const revokedInvitations = await manager.delete(InvitationEntity, {
          revokedAt: Not(IsNull()),
          createdAt: LessThan(cutoff),
        });
        // Data exports past their 24 hours: the ZIP goes, the row stays (EXPIRED in the list).
        const expired = await manager.find(DataExportEntity, {
          where: { expiresAt: LessThanOrEqual(new Date()), storageKey: Not(IsNull()) },
          select: { id: true, storageKey: true },
        });
        for (const { id } of expired)
          await manager.update(DataExportEntity, { id }, { storageKey: null });
        return {
          sessions: (sessions.affected ?? 0) + (revokedSessions.affected ?? 0),
          invitations: (invitations.affected ?? 0) + (revokedInvitations.affected ?? 0),
          exports: expired.map(({ storageKey }) => storageKey as string),
        };
      }),
    );
    // After the commit. A file a failed delete leaves goes with the agency's files at the latest.
    for (const key of result.exports)
      await this.storage
        .delete(key)
        .catch((error: Error) =>
          this.logger.warn({ err: error.message }, 'Could not delete an expired export'),
        );
    const counts = { ...result, exports: result.exports.length };
    this.logger.log({ agencyId: job.data.agencyId, ...counts }, 'Purged expired credentials');
    return counts;
  }
}
