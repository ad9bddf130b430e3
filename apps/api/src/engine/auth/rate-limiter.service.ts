import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { DomainException } from '../exceptions/domain.exception';
import { REDIS } from '../redis/redis.module';
import { sha256 } from './secrets';

/**
 * The budgets: password guesses per account and per address (sign-in and invitation acceptance
 * share them), requests per API key, unknown or revoked API keys per address, and unknown, expired
 * or revoked guest-link tokens per address.
 */
export type RateLimitBudget = 'account' | 'address' | 'apiKey' | 'apiKeyAddress' | 'guestAddress';
export type RateLimitCheck = { budget: RateLimitBudget; key: string };

/** The two budgets a password check spends: the account's and the caller's address's. */
export function passwordAttempt(account: string, address: string): RateLimitCheck[] {
  return [
    { budget: 'account', key: account },
    { budget: 'address', key: address },
  ];
}

/** The caller's address, as Express reads it behind the trusted proxies. */
export function clientAddress(request: Request): string {
  return request.ip ?? 'unknown';
}

/**
 * Every rate limit of the API, counted in Redis so all replicas share them. Keys are hashed: no
 * email, address or key id sits in Redis in the clear.
 */
@Injectable()
export class RateLimiter {
  private readonly limiters: Record<RateLimitBudget, RateLimiterRedis>;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: false,
        keyPrefix,
        points,
        duration,
      });
    this.limiters = {
      account: limiter(
        'rl:signin:account',
        config.LOGIN_ATTEMPTS_PER_ACCOUNT,
        config.LOGIN_WINDOW_SECONDS,
      ),
      address: limiter(
        'rl:signin:address',
        config.LOGIN_ATTEMPTS_PER_ADDRESS,
        config.LOGIN_WINDOW_SECONDS,
      ),
      apiKey: limiter('rl:apikey:key', config.API_KEY_REQUESTS_PER_MINUTE, 60),
      apiKeyAddress: limiter('rl:apikey:address', config.API_KEY_FAILURES_PER_MINUTE, 60),
      guestAddress: limiter(
        'rl:guest:address',
        config.GUEST_FAILURES_PER_ADDRESS,
        config.GUEST_WINDOW_SECONDS,
      ),
    };
  }

  /** Throws RATE_LIMITED when any budget is spent; call before checking a credential. */
  async assertAllowed(...checks: RateLimitCheck[]): Promise<void> {
    const results = await Promise.all(
      checks.map(({ budget, key }) => this.limiters[budget].get(sha256(key))),
    );
    const blocked = results.find(
      (result, index) =>
        result && result.consumedPoints >= this.limiters[checks[index].budget].points,
    );
    if (blocked) throw rateLimited(blocked);
  }

  /** Counts a failed attempt against each budget. */
  async recordFailure(...checks: RateLimitCheck[]): Promise<void> {
    await Promise.all(
      checks.map(({ budget, key }) => this.limiters[budget].penalty(sha256(key), 1)),
    );
  }

  /** Forgets a budget's count, e.g. an account's failures once its password was right. */
  async reset({ budget, key }: RateLimitCheck): Promise<void> {
    await this.limiters[budget].delete(sha256(key));
  }

  /** Counts one request, throwing RATE_LIMITED once the budget is spent. */
  async consume({ budget, key }: RateLimitCheck): Promise<void> {
    try {
      await this.limiters[budget].consume(sha256(key));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error);
      throw error;
    }
  }
}

function rateLimited(result: RateLimiterRes): DomainException {
  return DomainException.rateLimited(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
}
