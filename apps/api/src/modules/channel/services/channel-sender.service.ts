import { Inject, Injectable } from '@nestjs/common';
import {
  CHANNEL_FAILURES_BEFORE_DISABLE,
  CHANNEL_RATE_LIMITS,
  CHANNEL_RATE_WINDOWS_MS,
  channelRateRoom,
  channelRetryDelayMs,
} from '@veridesk/domain';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { CHANNEL_ADAPTERS, type ChannelMessage, type ChannelTarget } from '../adapters';
import { ChannelDeliveryEntity } from '../channel-delivery.entity';
import { NotificationChannelEntity } from '../notification-channel.entity';
import { ChannelDisabledNotice } from './channel-disabled-notice.service';
import { postChannelRequest } from './channel-http';
import { ChannelTargets, TargetRefused } from './channel-targets.service';

/** What an attempt's failure leads to: retried later (the worker's sends), or FAILED at once. */
export type AttemptMode = 'retry' | 'once';

/**
 * Sends one attempt of a delivery: takes a place in the platform's rate window, re-checks the
 * target (SSRF), builds the request with the channel's adapter (the delivery's id is the webhook-id
 * of every attempt), records the platform's verdict on the delivery (and on the deliveries merged
 * into it) and the channel's failure count, and has the OWNERs and ADMINs told when that count
 * disables the channel. Holds no transaction over the network.
 */
@Injectable()
export class ChannelSender {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
    private readonly targets: ChannelTargets,
    private readonly disabledNotice: ChannelDisabledNotice,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get publicUrl(): string {
    return this.config.PUBLIC_URL;
  }

  /** The stored target, unsealed for one send only. */
  target(channel: NotificationChannelEntity): ChannelTarget {
    return {
      url: this.cipher.open({ ciphertext: channel.urlCiphertext, keyId: channel.urlKeyId }),
      secret:
        channel.secretCiphertext && channel.secretKeyId
          ? this.cipher.open({ ciphertext: channel.secretCiphertext, keyId: channel.secretKeyId })
          : null,
    };
  }

  /**
   * Room in the channel's platform window now (database clock): how many may go, and the wait
   * when none may.
   */
  async room(channelId: string): Promise<{ free: number; waitMs: number }> {
    return this.db.transaction(async (manager) => {
      const [row]: Array<{
        kind: NotificationChannelEntity['kind'];
        recent_sends: Date[];
        now: Date;
      }> = await manager.query(
        `SELECT kind, recent_sends, now() AS now FROM notification_channels WHERE id = $1`,
        [channelId],
      );
      if (!row) return { free: 0, waitMs: 0 };
      return channelRateRoom(CHANNEL_RATE_LIMITS[row.kind], row.recent_sends, row.now);
    });
  }

  /**
   * Takes one place in the platform's window, atomically (concurrent senders, the API's test
   * messages and the worker, never overshoot): false when the window is full.
   */
  async reserve(channel: NotificationChannelEntity): Promise<boolean> {
    const limit = CHANNEL_RATE_LIMITS[channel.kind];
    if (!limit) return true;
    return this.db.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `UPDATE notification_channels c
            SET recent_sends = array(SELECT t FROM unnest(c.recent_sends) t
                                      WHERE t > now() - make_interval(secs => $2 / 1000.0) ORDER BY t) || now()
          WHERE c.id = $1
            AND (SELECT count(*) FROM unnest(c.recent_sends) t WHERE t > now() - make_interval(secs => $2 / 1000.0)) < $3
            AND ($5::int IS NULL
              OR (SELECT count(*) FROM unnest(c.recent_sends) t WHERE t > now() - make_interval(secs => $4 / 1000.0)) < $5)
        RETURNING c.id`,
        [
          channel.id,
          CHANNEL_RATE_WINDOWS_MS.minute,
          limit.perMinute,
          CHANNEL_RATE_WINDOWS_MS.second,
          limit.perSecond,
        ],
      );
      return rows.length > 0;
    });
  }

  /**
   * One attempt, already given its place in the window (`reserve`). `retry`: a failure leaves the
   * delivery PENDING until its next attempt (CHANNEL_RETRY_DELAY_MS, doubling, 8 attempts), then
   * FAILED; `once` (a test message, a redelivery): the verdict stands.
   */
  async attempt(
    channel: NotificationChannelEntity,
    delivery: ChannelDeliveryEntity,
    message: ChannelMessage,
    mode: AttemptMode = 'once',
  ): Promise<ChannelDeliveryEntity> {
    const adapter = CHANNEL_ADAPTERS[channel.kind];
    const target = this.target(channel);
    // Signatures carry the wall clock: the platform checks them against its own.
    const outgoing = adapter.request(target, message, delivery.id, new Date());
    let status: number | null = null;
    let ok = false;
    let error: string | null = null;
    try {
      const resolved = await this.targets.resolve(channel.kind, target.url);
      const answer = await postChannelRequest(outgoing, resolved);
      const verdict = adapter.judge(answer.status, answer.body);
      status = verdict.status;
      ok = verdict.ok;
      error = verdict.ok ? null : (verdict.error ?? `HTTP ${verdict.status}`);
    } catch (failure) {
      error =
        failure instanceof TargetRefused
          ? `target refused (${failure.code}): ${failure.message}`
          : `not sent: ${(failure as Error).message}`;
    }
    const recorded = await this.record(channel, delivery, outgoing.body, mode, {
      ok,
      status,
      error,
    });
    if (recorded.disabledNow) await this.disabledNotice.tell(recorded.channel);
    return recorded.delivery;
  }

  /** A delivery that could not take a place in the window: FAILED now, nothing sent. */
  async refuseForRate(
    delivery: ChannelDeliveryEntity,
    waitMs: number,
  ): Promise<ChannelDeliveryEntity> {
    return this.db.transaction(async (manager) => {
      await manager.update(
        ChannelDeliveryEntity,
        { id: delivery.id },
        {
          status: 'FAILED',
          lastError: `not sent: the platform's limit for this robot is reached; try again in ${Math.ceil(waitMs / 1000)} s`,
        },
      );
      return manager.findOneByOrFail(ChannelDeliveryEntity, { id: delivery.id });
    });
  }

  private record(
    channel: NotificationChannelEntity,
    delivery: ChannelDeliveryEntity,
    payload: string,
    mode: AttemptMode,
    outcome: { ok: boolean; status: number | null; error: string | null },
  ): Promise<{
    delivery: ChannelDeliveryEntity;
    channel: NotificationChannelEntity;
    disabledNow: boolean;
  }> {
    const now = new Date();
    const attempts = delivery.attempts + 1;
    const retryIn =
      !outcome.ok && mode === 'retry'
        ? channelRetryDelayMs(attempts, this.config.CHANNEL_RETRY_DELAY_MS)
        : null;
    const status = outcome.ok ? 'SENT' : retryIn !== null ? 'PENDING' : 'FAILED';
    return this.db.transaction(async (manager) => {
      const verdict = {
        status,
        responseStatus: outcome.status,
        lastError: outcome.error,
        payload,
        nextAttemptAt: retryIn !== null ? new Date(now.getTime() + retryIn) : null,
        ...(outcome.ok ? { sentAt: now } : {}),
      } as const;
      await manager
        .createQueryBuilder()
        .update(ChannelDeliveryEntity)
        .set({ ...verdict, attempts: () => 'attempts + 1' })
        .where('id = :id', { id: delivery.id })
        .execute();
      // Events merged into this message share its fate (and its exact body).
      await manager
        .createQueryBuilder()
        .update(ChannelDeliveryEntity)
        .set({ ...verdict, nextAttemptAt: null, attempts: () => 'attempts + 1' })
        .where('merged_into_id = :id', { id: delivery.id })
        .execute();
      let disabledNow = false;
      if (outcome.ok) {
        await manager.update(
          NotificationChannelEntity,
          { id: channel.id },
          { consecutiveFailures: 0, lastDeliveryAt: now },
        );
      } else {
        // One statement, so concurrent failures all count; the 10th disables the channel.
        await manager.query(
          `UPDATE notification_channels
              SET consecutive_failures = consecutive_failures + 1,
                  enabled = CASE WHEN consecutive_failures + 1 >= $2 THEN false ELSE enabled END,
                  disabled_reason = CASE WHEN enabled AND consecutive_failures + 1 >= $2
                    THEN $3 ELSE disabled_reason END,
                  updated_at = now()
            WHERE id = $1`,
          [
            channel.id,
            CHANNEL_FAILURES_BEFORE_DISABLE,
            `Disabled after ${CHANNEL_FAILURES_BEFORE_DISABLE} failed attempts in a row; the last: ${outcome.error}`,
          ],
        );
        disabledNow = await this.justDisabled(manager, channel.id);
      }
      return {
        delivery: await manager.findOneByOrFail(ChannelDeliveryEntity, { id: delivery.id }),
        channel: await manager.findOneByOrFail(NotificationChannelEntity, { id: channel.id }),
        disabledNow,
      };
    });
  }

  /** The failure that reached the threshold is the one that disabled the channel. */
  private async justDisabled(manager: EntityManager, channelId: string): Promise<boolean> {
    const [row]: Array<{ n: number }> = await manager.query(
      `SELECT consecutive_failures AS n FROM notification_channels WHERE id = $1 AND NOT enabled`,
      [channelId],
    );
    return row?.n === CHANNEL_FAILURES_BEFORE_DISABLE;
  }
}
