import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { REDIS } from '../redis/redis.module';

type Entry = { value: Promise<unknown>; expiresAt: number };

/** A member's credential: the membership of one user in one agency. */
export const memberCredentialKey = (agencyId: string, userId: string) =>
  `member:${agencyId}:${userId}`;
/** An API key's credential, by its public prefix. */
export const apiKeyCredentialKey = (prefix: string) => `api-key:${prefix}`;
/** An agency's calendar (time zone, warning window): AgencyClock's, forgotten by updateAgency. */
export const agencyCalendarKey = (agencyId: string) => `member:${agencyId}:calendar`;
/** Every credential of one agency, and its calendar (its deletion). */
export const agencyCredentialsPrefix = (agencyId: string) => `member:${agencyId}:`;

/**
 * The memberships and API keys behind bearer credentials, remembered for CREDENTIAL_CACHE_SECONDS
 * so a request does not look its caller up again: the smallest query then reads no row at all.
 *
 * Revocation crosses replicas through Redis: `revoke` forgets the credential here at once and
 * publishes it; every API process subscribes and forgets it on receipt (milliseconds). Entries are
 * never older than the TTL, so a message lost while Redis was away, or a row changed outside the
 * app, still takes effect within CREDENTIAL_CACHE_SECONDS; on reconnecting, a replica forgets
 * everything it holds. Unknown credentials are not remembered (a key just created works at once).
 */
@Injectable()
export class CredentialCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CredentialCache.name);
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #channel: string;
  #subscriber: Redis | null = null;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.#ttlMs = config.CREDENTIAL_CACHE_SECONDS * 1000;
    this.#channel = `${config.QUEUE_PREFIX}:credentials:revoked`;
  }

  async onModuleInit(): Promise<void> {
    if (!this.#ttlMs) return;
    const subscriber = this.redis.duplicate({ enableOfflineQueue: true, lazyConnect: true });
    this.#subscriber = subscriber;
    subscriber.on('message', (_channel: string, key: string) => this.#forget(key));
    // Whatever was revoked while the connection was down never arrives: start afresh.
    subscriber.on('ready', () => this.#entries.clear());
    subscriber.on('error', () => undefined); // ioredis reconnects; the TTL bounds the meantime
    await subscriber.connect();
    await subscriber.subscribe(this.#channel);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.#subscriber?.quit().catch(() => this.#subscriber?.disconnect());
  }

  /** The credential under `key`, loaded by `load` unless a live entry holds it. */
  get<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (!this.#ttlMs) return load();
    const now = Date.now();
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value as Promise<T | null>;
    const value = load();
    this.#entries.set(key, { value, expiresAt: now + this.#ttlMs });
    // Neither a miss nor a failure is remembered.
    value.then(
      (found) => found === null && this.#forgetEntry(key, value),
      () => this.#forgetEntry(key, value),
    );
    return value;
  }

  /**
   * Forgets a credential (or, for a key ending in ':', every key with that prefix) here and on every
   * replica. Call it once the change is committed, so no replica can read the old row again.
   */
  async revoke(key: string): Promise<void> {
    this.#forget(key);
    if (!this.#ttlMs) return;
    try {
      await this.redis.publish(this.#channel, key);
    } catch (error) {
      // The change is committed; other replicas drop the entry within the TTL.
      this.logger.warn(`Could not publish a credential revocation: ${(error as Error).message}`);
    }
  }

  #forget(key: string): void {
    if (!key.endsWith(':')) {
      this.#entries.delete(key);
      return;
    }
    for (const cached of this.#entries.keys())
      if (cached.startsWith(key)) this.#entries.delete(cached);
  }

  #forgetEntry(key: string, value: Promise<unknown>): void {
    if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
  }
}
