import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { QueueName } from './queues';

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** Bull on Redis. The API only enqueues; processors are registered by the worker process alone. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        url: config.REDIS_URL,
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        },
        // A job whose worker died loses its lock after lockDuration and runs again elsewhere.
        settings: {
          stalledInterval: config.QUEUE_STALLED_INTERVAL_MS,
          lockDuration: config.QUEUE_STALLED_INTERVAL_MS,
          maxStalledCount: 3,
        },
      }),
    }),
    ...queues,
  ],
  exports: queues,
})
export class QueueModule {}
