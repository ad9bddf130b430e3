import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { DomainException } from '../exceptions/domain.exception';
import { REDIS } from '../redis/redis.module';
import { sha256 } from './secrets';

/**
 * Failed sign-ins per account and per address, counted in Redis so every API replica shares them.
 * Keys are hashed: an email address never sits in Redis in the clear.
 */
@Injectable()
export class SignInRateLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const common = {
      storeClient: redis,
      duration: config.LOGIN_WINDOW_SECONDS,
      useRedisPackage: false,
    };
    this.perAccount = new RateLimiterRedis({
      ...common,
      keyPrefix: 'rl:signin:account',
      points: config.LOGIN_ATTEMPTS_PER_ACCOUNT,
    });
    this.perAddress = new RateLimiterRedis({
      ...common,
      keyPrefix: 'rl:signin:address',
      points: config.LOGIN_ATTEMPTS_PER_ADDRESS,
    });
  }

  /** Throws RATE_LIMITED when either budget is spent; call before checking the password. */
  async assertAllowed(account: string, address: string): Promise<void> {
    const [byAccount, byAddress] = await Promise.all([
      this.perAccount.get(sha256(account)),
      this.perAddress.get(address),
    ]);
    const blocked = [
      [byAccount, this.perAccount.points],
      [byAddress, this.perAddress.points],
    ].find(
      ([result, points]) =>
        result && (result as RateLimiterRes).consumedPoints >= (points as number),
    );
    if (blocked) {
      throw DomainException.rateLimited(
        Math.max(1, Math.ceil((blocked[0] as RateLimiterRes).msBeforeNext / 1000)),
      );
    }
  }

  async recordFailure(account: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(sha256(account), 1),
      this.perAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.perAccount.delete(sha256(account));
  }
}
