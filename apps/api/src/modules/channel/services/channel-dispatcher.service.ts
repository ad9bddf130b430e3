import { Inject, Injectable } from '@nestjs/common';
import { channelSendPlan } from '@veridesk/domain';
import { In, IsNull } from 'typeorm';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { ChannelDeliveryEntity } from '../channel-delivery.entity';
import { buildMergedChannelMessage } from '../messages';
import { NotificationChannelEntity } from '../notification-channel.entity';
import { ChannelEvents } from './channel-events.service';
import { ChannelSender } from './channel-sender.service';

export type DispatchReport = { sent: number; merged: number; waitMs: number | null };

/** Deliveries looked at per round: a burst larger than this goes out over several rounds. */
const ROUND = 200;

/**
 * Sends a channel's due deliveries, oldest first, one worker at a time per channel (a lease on the
 * channel row that lapses if the worker dies), never beyond the platform's limit: when more are
 * waiting than the window has room for, the last free message carries the rest merged; when the
 * window is full they wait for it (a delayed dispatch). Failed attempts come back when their retry
 * is due. Call inside the channel's agency.
 */
@Injectable()
export class ChannelDispatcher {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sender: ChannelSender,
    private readonly events: ChannelEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dispatch(channelId: string): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, merged: 0, waitMs: null };
    const held = await this.lease(channelId);
    if (held !== true) {
      // Another worker sends to it; should that worker have died, its lease lapses then.
      if (held !== false) await this.events.enqueueDispatch(channelId, held);
      return report;
    }
    try {
      for (;;) {
        const channel = await this.db.transaction((manager) =>
          manager.findOneBy(NotificationChannelEntity, { id: channelId }),
        );
        if (!channel?.enabled) break;
        const due = await this.due(channelId);
        if (!due.length) break;
        const room = await this.sender.room(channelId);
        if (room.free <= 0) {
          report.waitMs = room.waitMs;
          break;
        }
        // Retries go alone (a merged message is never merged again); fresh events share the rest.
        const retries = due.filter((delivery) => delivery.attempts > 0).slice(0, room.free);
        const fresh = due.filter((delivery) => delivery.attempts === 0);
        const plan = channelSendPlan(fresh.length, room.free - retries.length);
        const singles = [...retries, ...fresh.slice(0, plan.single)];
        let stopped = false;
        for (const delivery of singles) {
          if (!(await this.send(channel, delivery))) {
            stopped = true;
            break;
          }
          report.sent++;
        }
        if (!stopped && plan.merged > 0) {
          const carrier = await this.merge(channel, fresh.slice(plan.single));
          if (await this.send(channel, carrier)) {
            report.sent++;
            report.merged += plan.merged;
          } else stopped = true;
        }
        if (stopped) {
          report.waitMs = (await this.sender.room(channelId)).waitMs || 1000;
          break;
        }
      }
    } finally {
      await this.release(channelId);
    }
    const next = await this.nextDue(channelId);
    const delay = report.waitMs ?? next;
    if (delay !== null) await this.events.enqueueDispatch(channelId, Math.max(delay, 50));
    return report;
  }

  /** One attempt within the window; false when the window had no room after all (a test message took it). */
  private async send(
    channel: NotificationChannelEntity,
    delivery: ChannelDeliveryEntity,
  ): Promise<boolean> {
    if (!(await this.sender.reserve(channel))) return false;
    await this.renew(channel.id);
    const current = await this.db.transaction((manager) =>
      manager.findOneBy(ChannelDeliveryEntity, { id: delivery.id }),
    );
    // Sent or merged meanwhile (a redelivery, another round): nothing to do.
    if (current?.status !== 'PENDING' || current.mergedIntoId) return true;
    await this.sender.attempt(channel, current, current.message, 'retry');
    return true;
  }

  /** The first event carries the others in one message; they follow its fate. */
  private async merge(
    channel: NotificationChannelEntity,
    deliveries: ChannelDeliveryEntity[],
  ): Promise<ChannelDeliveryEntity> {
    const [carrier, ...members] = deliveries;
    const message = buildMergedChannelMessage(
      deliveries.map((delivery) => delivery.message),
      { locale: channel.locale, publicUrl: this.config.PUBLIC_URL, now: new Date() },
    );
    return this.db.transaction(async (manager) => {
      await manager.update(
        ChannelDeliveryEntity,
        { id: In(members.map((member) => member.id)), status: 'PENDING', mergedIntoId: IsNull() },
        { mergedIntoId: carrier.id },
      );
      await manager.query(`UPDATE channel_deliveries SET message = $2 WHERE id = $1`, [
        carrier.id,
        JSON.stringify(message),
      ]);
      return manager.findOneByOrFail(ChannelDeliveryEntity, { id: carrier.id });
    });
  }

  private due(channelId: string): Promise<ChannelDeliveryEntity[]> {
    return this.db.transaction((manager) =>
      manager
        .createQueryBuilder(ChannelDeliveryEntity, 'd')
        .where('d.channel_id = :channelId', { channelId })
        .andWhere(
          `d.status = 'PENDING' AND d.merged_into_id IS NULL AND d.next_attempt_at <= now()`,
        )
        .orderBy('d.created_at', 'ASC')
        .addOrderBy('d.id', 'ASC')
        .limit(ROUND)
        .getMany(),
    );
  }

  /** Milliseconds until the channel's next retry is due, or null when none waits. */
  private async nextDue(channelId: string): Promise<number | null> {
    const [row]: Array<{ ms: number | null }> = await this.db.transaction((manager) =>
      manager.query(
        `SELECT (extract(epoch FROM min(next_attempt_at) - now()) * 1000)::float8 AS ms
           FROM channel_deliveries d JOIN notification_channels c ON c.agency_id = d.agency_id AND c.id = d.channel_id
          WHERE d.channel_id = $1 AND d.status = 'PENDING' AND d.merged_into_id IS NULL AND c.enabled`,
        [channelId],
      ),
    );
    return row?.ms ?? null;
  }

  /** true: this worker holds the channel; false: disabled or gone; a number: ms until the other's lease lapses. */
  private async lease(channelId: string): Promise<true | false | number> {
    return this.db.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `UPDATE notification_channels SET dispatch_leased_until = now() + make_interval(secs => $2 / 1000.0)
          WHERE id = $1 AND enabled AND (dispatch_leased_until IS NULL OR dispatch_leased_until < now())
        RETURNING id`,
        [channelId, this.config.CHANNEL_LEASE_MS],
      );
      if (claimed.length) return true;
      const [held]: Array<{ ms: number }> = await manager.query(
        `SELECT (extract(epoch FROM dispatch_leased_until - now()) * 1000)::float8 AS ms
           FROM notification_channels WHERE id = $1 AND enabled AND dispatch_leased_until IS NOT NULL`,
        [channelId],
      );
      return held ? Math.max(held.ms, 0) + 100 : false;
    });
  }

  private renew(channelId: string): Promise<unknown> {
    return this.db.transaction((manager) =>
      manager.query(
        `UPDATE notification_channels SET dispatch_leased_until = now() + make_interval(secs => $2 / 1000.0) WHERE id = $1`,
        [channelId, this.config.CHANNEL_LEASE_MS],
      ),
    );
  }

  private release(channelId: string): Promise<unknown> {
    return this.db.transaction((manager) =>
      manager.query(`UPDATE notification_channels SET dispatch_leased_until = NULL WHERE id = $1`, [
        channelId,
      ]),
    );
  }
}
