import { getQueueToken } from '@nestjs/bull';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { QueueName } from './queues';

/**
 * The worker's first shutdown step: stop taking jobs and wait for the active ones to finish, while
 * the database, Redis and SMTP they use are still open (those close in onApplicationShutdown, in an
 * order Nest does not promise). A job cut short after its email went out would be sent again.
 */
@Injectable()
export class QueueDrain implements BeforeApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(
      Object.values(QueueName).map((name) =>
        this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }).close(),
      ),
    );
  }
}
