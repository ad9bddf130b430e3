import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { JobData, QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { ChannelDispatcher, DispatchReport } from '../services/channel-dispatcher.service';
import { ChannelEvents, ChannelTickReport } from '../services/channel-events.service';

@Processor(QueueName.Channels)
export class ChannelsProcessor implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Channels) private readonly queue: Queue,
    private readonly events: ChannelEvents,
    private readonly dispatcher: ChannelDispatcher,
    private readonly tenantContext: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.SCHEDULED_JOBS || this.config.CHANNELS_TICK_MS === 0) return;
    // Keyed by name and period in Redis: however many workers start, one tick per period.
    await this.queue.add(
      'tick',
      {},
      {
        repeat: { every: this.config.CHANNELS_TICK_MS },
        jobId: 'channels-tick',
        attempts: 1,
        removeOnComplete: 100,
        removeOnFail: 100,
      },
    );
  }

  @Process('tick')
  tick(): Promise<ChannelTickReport> {
    return this.events.tick();
  }

  @Process({ name: 'dispatch', concurrency: 4 })
  dispatch(job: Job<JobData<QueueName.Channels, 'dispatch'>>): Promise<DispatchReport> {
    return this.tenantContext.runInAgency(job.data.agencyId, () =>
      this.dispatcher.dispatch(job.data.channelId),
    );
  }
}
