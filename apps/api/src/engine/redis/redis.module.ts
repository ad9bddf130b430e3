import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';

export const REDIS = Symbol('REDIS');

export const redisUnreachable = (url: string, error: Error) =>
  `Redis is not reachable at ${new URL(url).host}: ${error.message}`;

/** One shared connection for counters and health checks (bull keeps its own). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      // Boot waits for the connection, so the first health or rate-limit check finds it up.
      useFactory: async (config: AppConfig) => {
        const redis = new Redis(config.REDIS_URL, {
          maxRetriesPerRequest: 2,
          enableOfflineQueue: false,
          lazyConnect: true,
        });
        try {
          await redis.connect();
        } catch (error) {
          redis.disconnect();
          throw new Error(redisUnreachable(config.REDIS_URL, error as Error));
        }
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
