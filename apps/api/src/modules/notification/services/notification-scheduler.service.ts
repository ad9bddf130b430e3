import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { DateTime } from 'luxon';
import { In } from 'typeorm';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryEntity } from '../delivery.entity';
import { AlertService } from './alert.service';
import { DeliveryService } from './delivery.service';

/** Digests go out at this local hour (or at the first tick after it). */
export const DIGEST_HOUR = 8;

export type TickReport = { agencies: number; digests: number; alerts: number; resumed: number };

/**
 * One tick finds whose local 08:00 has come, which alerts are due and which deliveries were left
 * unfinished, claims a delivery row for each, and enqueues one send job per row. Ticks are
 * idempotent: a second tick in the same minute (or a second worker) claims nothing new.
 */
@Injectable()
export class NotificationScheduler {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly clock: Clock,
    private readonly deliveries: DeliveryService,
    private readonly alerts: AlertService,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every agency, or only `agencyIds` (a test ticks its own agencies, never another file's). */
  async tick(agencyIds?: string[]): Promise<TickReport> {
    const now = this.clock.now();
    const agencies = await this.db.system((manager) =>
      manager.find(AgencyEntity, {
        select: { id: true, timeZone: true },
        where: agencyIds ? { id: In(agencyIds) } : undefined,
      }),
    );
    const report: TickReport = { agencies: agencies.length, digests: 0, alerts: 0, resumed: 0 };
    for (const { id: agencyId, timeZone } of agencies) {
      const toSend = await this.tenantContext.runInAgency(agencyId, () =>
        this.db.transaction(async (manager) => {
          const members = (await manager.find(MembershipEntity, {
            where: { role: In(['OWNER', 'ADMIN', 'MANAGER']) },
            relations: { user: true },
          })) as Array<MembershipEntity & { user: NonNullable<MembershipEntity['user']> }>;
          const claimed: Array<{ id: string; attempts: number }> = [];
          for (const member of members) {
            const local = DateTime.fromJSDate(now, { zone: member.user.timeZone });
            const due =
              member.digestEnabled &&
              local.hour >= DIGEST_HOUR &&
              (member.digestFrequency === 'DAILY' || local.weekday === 1);
            if (!due) continue;
            const id = await this.deliveries.claim(manager, {
              agencyId,
              userId: member.userId,
              kind: 'DIGEST',
              dedupeKey: `digest:${member.userId}:${local.toISODate()}`,
              toEmail: member.user.email,
            });
            if (id) {
              claimed.push({ id, attempts: 0 });
              report.digests++;
            }
          }
          const alertIds = await this.alerts.claimDue(
            manager,
            { id: agencyId, publicUrl: this.config.PUBLIC_URL.replace(/\/$/, ''), timeZone },
            members,
            now,
          );
          report.alerts += alertIds.length;
          claimed.push(...alertIds.map((id) => ({ id, attempts: 0 })));
          // Rows a crashed tick or worker left behind, and failed sends whose retries ran out — on
          // the database's wall clock, like the leases.
          const unfinished = await manager
            .createQueryBuilder(DeliveryEntity, 'd')
            .select(['d.id', 'd.attempts'])
            .where(
              `(d.status IN ('PENDING', 'FAILED') OR (d.status = 'SENDING' AND d.leased_until < now()))`,
            )
            .andWhere(
              `d.created_at > now() - interval '2 days' AND d.created_at < now() - make_interval(secs => :lease)`,
              { lease: this.config.MAIL_LEASE_MS / 1000 },
            )
            .getMany();
          report.resumed += unfinished.length;
          return [...claimed, ...unfinished.map((row) => ({ id: row.id, attempts: row.attempts }))];
        }),
      );
      if (toSend.length) {
        await this.queue.addBulk(
          toSend.map(({ id, attempts }) => ({
            name: 'send',
            data: { agencyId, deliveryId: id },
            // One job per delivery and attempt count: re-enqueueing a waiting job is a no-op.
            opts: {
              jobId: `send:${id}:${attempts}`,
              attempts: 8,
              backoff: { type: 'exponential', delay: this.config.MAIL_RETRY_DELAY_MS },
            },
          })),
        );
      }
    }
    return report;
  }
}
