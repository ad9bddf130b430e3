import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import type { Job, Queue } from 'bull';
import { DateTime } from 'luxon';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { JobData, QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { DigestRecipient, DigestService } from '../../digest/services/digest.service';
import { MembershipEntity } from '../../member/membership.entity';
import type { DeliveryEntity } from '../delivery.entity';
import { Content, DeliveryService, SendOutcome } from '../services/delivery.service';
import { NotificationScheduler, TickReport } from '../services/notification-scheduler.service';
import { UnsubscribeTokens } from '../services/unsubscribe-token.service';

@Processor(QueueName.Notifications)
export class NotificationsProcessor implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue,
    private readonly scheduler: NotificationScheduler,
    private readonly deliveries: DeliveryService,
    private readonly digests: DigestService,
    private readonly unsubscribe: UnsubscribeTokens,
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.SCHEDULED_JOBS) return;
    // Repeatable jobs are keyed by name and schedule in Redis: however many workers start, one tick
    // per period (a minute by default).
    await this.queue.add(
      'tick',
      {},
      {
        repeat: { cron: this.config.NOTIFICATIONS_TICK_CRON },
        jobId: 'notifications-tick',
        removeOnComplete: 100,
      },
    );
  }

  @Process('tick')
  tick(): Promise<TickReport> {
    return this.scheduler.tick();
  }

  @Process({ name: 'send', concurrency: 4 })
  send(job: Job<JobData<QueueName.Notifications, 'send'>>): Promise<SendOutcome> {
    return this.tenantContext.runInAgency(job.data.agencyId, () =>
      this.deliveries.send(job.data.deliveryId, (delivery) => this.buildDigest(delivery)),
    );
  }

  /** Alerts carry their content from the start; a digest is built when it is sent. */
  private async buildDigest(delivery: DeliveryEntity): Promise<Content> {
    if (delivery.kind !== 'DIGEST') return null;
    const recipient = await this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { userId: delivery.userId },
        relations: { user: true },
      });
      if (!membership?.user || !membership.digestEnabled) return null;
      const agency = await manager.findOneByOrFail(AgencyEntity, { id: delivery.agencyId });
      return { membership, agency } as DigestRecipient;
    });
    if (!recipient) return null;
    const date = delivery.dedupeKey.split(':')[2];
    const at = DateTime.fromISO(`${date}T08:00`, {
      zone: recipient.membership.user.timeZone,
    }).toJSDate();
    const built = await this.digests.build(
      recipient,
      at,
      this.unsubscribe.url({ agencyId: delivery.agencyId, membershipId: recipient.membership.id }),
    );
    return built.hasContent ? built.email : null;
  }
}
