import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bull';
import { WorkerModule } from '../../src/app.module';
import { QueueName } from '../../src/engine/queue/queues';
import { TenantContext } from '../../src/engine/tenancy/tenant-context.service';
import { ChannelEvents } from '../../src/modules/channel/services/channel-events.service';
import { testConfig } from './test-api';
import { TestClock } from './test-clock';

export type TestWorker = {
  app: INestApplicationContext;
  clock: TestClock;
  /** One pass of the channel tick for this agency only (other files' agencies are left alone). */
  collectChannelEvents(agencyId: string): ReturnType<ChannelEvents['collect']>;
  /** Empties its queues (on the file's own prefix) and stops. */
  close(): Promise<void>;
};

/**
 * The worker in this process (its queue processors on, its ticks driven by the test), on the
 * configuration the file's API shares: give both the same QUEUE_PREFIX and secrets.
 */
export async function startTestWorker(overrides: Record<string, string>): Promise<TestWorker> {
  const clock = new TestClock();
  const app = await NestFactory.createApplicationContext(
    WorkerModule.register(testConfig(overrides), { clock }),
    { logger: false },
  );
  await app.init();
  return {
    app,
    clock,
    collectChannelEvents: (agencyId) =>
      app.get(TenantContext).runInAgency(agencyId, () => app.get(ChannelEvents).collect()),
    async close() {
      for (const name of [QueueName.Channels, QueueName.Notifications])
        await app.get<Queue>(getQueueToken(name)).obliterate({ force: true });
      await app.close();
    },
  };
}
