import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, RuntimeOptions } from './app.module';
import { compressJsonResponses } from './engine/compression/response-compression';
import type { AppConfig } from './engine/config/configuration';
import { runMigrations } from './engine/database/migrate';
import { mountQueueBoard } from './engine/queue/queue-board';
import { evictionPolicyProblem, readEvictionPolicy } from './engine/redis/eviction-policy';
import { REDIS } from './engine/redis/redis.module';

/** Builds the HTTP API exactly as production runs it; tests boot it through here too. */
export async function createApi(
  config: AppConfig,
  options: RuntimeOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, options),
    {
      bufferLogs: true,
      // Once shutting down, a request on a kept-alive connection is answered 503 with
      // `Connection: close` instead of being started (main.ts: exitGracefullyOnSignals).
      return503OnClosing: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // No ETag over every response body (a SHA-1 of each GraphQL answer, which no client revalidates:
  // they are POSTs, and no-store). Static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Ant Design writes its CSS at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          frameSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  // GraphQL answers over a kilobyte travel brotli- or gzip-compressed (the dashboard's own files are
  // compressed at build time: engine/static).
  app.use('/graphql', compressJsonResponses());
  // A 20,000-row portfolio CSV travels inside one GraphQL request.
  app.useBodyParser('json', { limit: '25mb' });
  app.enableCors({
    origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false,
    credentials: true,
  });
  mountQueueBoard(app, config);
  // The API enqueues nothing itself, so it only warns (evicted sign-in counters reset early); the
  // worker refuses to start.
  const evictionProblem = evictionPolicyProblem(await readEvictionPolicy(app.get(REDIS)));
  if (evictionProblem) app.get(Logger).warn(evictionProblem, 'Redis');
  if (config.RUN_MIGRATIONS) {
    const applied = await runMigrations(app.get(DataSource));
    if (applied.length)
      app.get(Logger).log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  }
  return app;
}
