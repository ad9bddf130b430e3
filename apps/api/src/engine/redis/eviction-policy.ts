import Redis from 'ioredis';
import { ConfigurationError } from '../config/configuration';
import { redisUnreachable } from './redis.module';

/**
 * Redis's `maxmemory-policy`, read from `INFO memory` (which managed Redis services allow even
 * where CONFIG is disabled); null when the server does not report it.
 */
export async function readEvictionPolicy(redis: Redis): Promise<string | null> {
  const info = await redis.info('memory');
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
}

/** Why a policy loses jobs, as one line naming the fix; null for `noeviction`. */
export function evictionPolicyProblem(policy: string | null): string | null {
  if (policy === null || policy === 'noeviction') return null;
  return (
    `Redis maxmemory-policy is "${policy}": when memory runs short Redis would silently delete ` +
    `queued jobs. Set it to noeviction (redis.conf "maxmemory-policy noeviction", ` +
    `or CONFIG SET maxmemory-policy noeviction; on a managed Redis, in its parameter group).`
  );
}

/** The worker's boot check: a ConfigurationError with that line unless Redis at `url` keeps every key. */
export async function assertRedisKeepsJobs(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await redis.connect().catch((error: Error) => {
      throw new ConfigurationError(redisUnreachable(url, error));
    });
    const problem = evictionPolicyProblem(await readEvictionPolicy(redis));
    if (problem) throw new ConfigurationError(problem);
  } finally {
    redis.disconnect();
  }
}
