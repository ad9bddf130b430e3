import 'pg';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './app.module';
import { ConfigurationError, loadConfig } from './engine/config/configuration';
import { exitGracefullyOnSignals } from './engine/lifecycle/graceful-shutdown';
import { assertRedisKeepsJobs } from './engine/redis/eviction-policy';

/** The job worker: no HTTP, the queue processors on; SIGTERM drains in-flight jobs, then exits. */
async function main() {
  const config = loadConfig();
  // Before any processor starts: a Redis that may evict keys would lose jobs without a trace.
  await assertRedisKeepsJobs(config.REDIS_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  exitGracefullyOnSignals(app, app.get(Logger), config.SHUTDOWN_TIMEOUT_MS);
  await app.init();
  app.get(Logger).log('VeriDesk worker started', 'Worker');
  if (!config.SMTP_URL) {
    app
      .get(Logger)
      .warn(
        'SMTP_URL is not set: digests and alerts are kept in the deliveries table and shown in the dashboard (个人资料 → 邮件记录), not sent',
        'Worker',
      );
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
