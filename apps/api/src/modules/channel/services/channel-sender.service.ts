import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { CHANNEL_ADAPTERS, type ChannelMessage, type ChannelTarget } from '../adapters';
import { ChannelDeliveryEntity } from '../channel-delivery.entity';
import { NotificationChannelEntity } from '../notification-channel.entity';
import { postChannelRequest } from './channel-http';
import { ChannelTargets, TargetRefused } from './channel-targets.service';

/** After this many failed attempts in a row a channel is disabled (RULES.md "Channels", Retries). */
export const CHANNEL_FAILURES_BEFORE_DISABLE = 10;

/**
 * Sends one attempt of a delivery: re-checks the target (SSRF), builds the request with the
 * channel's adapter (the delivery's id is the webhook-id of every attempt), records the platform's
 * verdict on the delivery and the channel's failure count. Holds no transaction over the network.
 */
@Injectable()
export class ChannelSender {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
    private readonly targets: ChannelTargets,
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

  async attempt(
    channel: NotificationChannelEntity,
    delivery: ChannelDeliveryEntity,
    message: ChannelMessage,
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
    return this.record(channel.id, delivery.id, outgoing.body, { ok, status, error });
  }

  private record(
    channelId: string,
    deliveryId: string,
    payload: string,
    outcome: { ok: boolean; status: number | null; error: string | null },
  ): Promise<ChannelDeliveryEntity> {
    const now = new Date();
    return this.db.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(ChannelDeliveryEntity)
        .set({
          status: outcome.ok ? 'SENT' : 'FAILED',
          attempts: () => 'attempts + 1',
          responseStatus: outcome.status,
          lastError: outcome.error,
          payload,
          ...(outcome.ok ? { sentAt: now } : {}),
        })
        .where('id = :id', { id: deliveryId })
        .execute();
      if (outcome.ok) {
        await manager.update(
          NotificationChannelEntity,
          { id: channelId },
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
            channelId,
            CHANNEL_FAILURES_BEFORE_DISABLE,
            `Disabled after ${CHANNEL_FAILURES_BEFORE_DISABLE} failed deliveries in a row; the last: ${outcome.error}`,
          ],
        );
      }
      return manager.findOneByOrFail(ChannelDeliveryEntity, { id: deliveryId });
    });
  }
}
