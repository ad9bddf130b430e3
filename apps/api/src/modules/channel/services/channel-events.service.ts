import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { CHANNEL_DELIVERY_RETENTION_DAYS } from '@veridesk/domain';
import type { Queue } from 'bull';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { DigestService } from '../../digest/services/digest.service';
import { MomentsService, type Moment } from '../../notification/services/moments.service';
import { DIGEST_HOUR } from '../../notification/services/notification-scheduler.service';
import type { ChannelMessage } from '../adapters';
import { buildChannelMessage } from '../messages';
import { NotificationChannelEntity } from '../notification-channel.entity';

export type ChannelTickReport = { agencies: number; created: number; dispatched: number };

/**
 * Events → deliveries: every CHANNELS_TICK_MS, for each agency with an enabled channel, what
 * happened (MomentsService, the alerts' own detection) becomes one delivery per (event, channel)
 * for every enabled channel subscribed to it and in its scope — the key is unique per channel, so
 * ticks and workers may overlap; at 08:00 agency time a DAILY_DIGEST when there is something to
 * say. Channels with deliveries due get a dispatch job. Deliveries older than 30 days go.
 */
@Injectable()
export class ChannelEvents {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly clock: Clock,
    private readonly moments: MomentsService,
    private readonly digests: DigestService,
    @InjectQueue(QueueName.Channels) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async tick(): Promise<ChannelTickReport> {
    const agencyIds: Array<{ agency_id: string }> = await this.db.system((manager) =>
      manager.query(`SELECT DISTINCT agency_id FROM notification_channels WHERE enabled`),
    );
    const report: ChannelTickReport = { agencies: agencyIds.length, created: 0, dispatched: 0 };
    for (const { agency_id: agencyId } of agencyIds) {
      const { created, due } = await this.tenantContext.runInAgency(agencyId, () => this.collect());
      report.created += created;
      report.dispatched += due.length;
    }
    return report;
  }

  /** The agency in context: new deliveries for what happened, then a dispatch per channel with some due. */
  async collect(): Promise<{ created: number; due: string[] }> {
    const now = this.clock.now();
    const { created, digestChannels, agency } = await this.db.transaction(async (manager) => {
      const agency = await manager.findOneByOrFail(AgencyEntity, {
        id: this.tenantContext.agencyId,
      });
      const channels = await manager.find(NotificationChannelEntity, {
        where: { enabled: true },
        order: { createdAt: 'ASC' },
      });
      const moments = channels.length
        ? await this.moments.detect(manager, now, agency.timeZone)
        : [];
      const created = await this.deliver(manager, channels, moments, now);
      await manager.query(
        `DELETE FROM channel_deliveries WHERE agency_id = $1 AND created_at < now() - make_interval(days => $2)`,
        [agency.id, CHANNEL_DELIVERY_RETENTION_DAYS],
      );
      const local = DateTime.fromJSDate(now, { zone: agency.timeZone });
      const digestChannels =
        local.hour >= DIGEST_HOUR
          ? channels.filter(
              (channel) =>
                channel.events.includes('DAILY_DIGEST') &&
                channel.digestDecidedOn !== local.toISODate(),
            )
          : [];
      return { created, digestChannels, agency };
    });
    let digests = 0;
    for (const channel of digestChannels) digests += await this.digest(channel, agency, now);
    const due = await this.dueChannels();
    for (const channelId of due) await this.enqueueDispatch(channelId);
    return { created: created + digests, due };
  }

  /** Sends what is due to one channel: now, or after `delayMs` (a retry, a full rate window). */
  async enqueueDispatch(channelId: string, delayMs = 0): Promise<void> {
    const agencyId = this.tenantContext.agencyId;
    await this.queue.add(
      'dispatch',
      { agencyId, channelId },
      {
        // One waiting job per channel: re-adding a waiting one is a no-op. A later one is its own
        // (never the id of the job that schedules it, which is still running).
        jobId:
          delayMs > 0
            ? `dispatch:${channelId}:at:${Date.now() + delayMs}`
            : `dispatch:${channelId}`,
        delay: delayMs > 0 ? delayMs : undefined,
        attempts: 1,
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  private async deliver(
    manager: EntityManager,
    channels: NotificationChannelEntity[],
    moments: Moment[],
    now: Date,
  ): Promise<number> {
    const wanted = channels.flatMap((channel) =>
      moments
        .filter(
          (moment) =>
            channel.events.includes(moment.facts.event) &&
            (channel.managerId === null || channel.managerId === moment.entityManagerId) &&
            // A channel hears of what happens from its creation on (standing conditions included).
            (moment.occurredAt === null || moment.occurredAt >= channel.createdAt),
        )
        .map((moment) => ({ channel, moment })),
    );
    if (!wanted.length) return 0;
    const existing: Array<{ channel_id: string; event_key: string }> = await manager.query(
      `SELECT channel_id, event_key FROM channel_deliveries WHERE agency_id = $1 AND event_key = ANY($2)`,
      [this.tenantContext.agencyId, [...new Set(wanted.map(({ moment }) => moment.key))]],
    );
    const known = new Set(existing.map((row) => `${row.channel_id} ${row.event_key}`));
    let created = 0;
    for (const { channel, moment } of wanted) {
      if (known.has(`${channel.id} ${moment.key}`)) continue;
      const message = buildChannelMessage(moment.facts, {
        locale: channel.locale,
        publicUrl: this.config.PUBLIC_URL,
        now: moment.occurredAt ?? now,
      });
      created += await this.insert(manager, channel, moment.key, message);
    }
    return created;
  }

  /** One delivery, unless this channel already has one for the event (exactly once). */
  private async insert(
    manager: EntityManager,
    channel: NotificationChannelEntity,
    eventKey: string,
    message: ChannelMessage,
  ): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO channel_deliveries (agency_id, channel_id, event, event_key, status, payload, message, next_attempt_at)
       VALUES ($1, $2, $3, $4, 'PENDING', '', $5, now())
       ON CONFLICT (agency_id, channel_id, event_key) WHERE event_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [channel.agencyId, channel.id, message.event, eventKey, JSON.stringify(message)],
    );
    return rows.length;
  }

  /** The morning summary of one channel, decided once per agency date. */
  private async digest(
    channel: NotificationChannelEntity,
    agency: AgencyEntity,
    now: Date,
  ): Promise<number> {
    const date = DateTime.fromJSDate(now, { zone: agency.timeZone });
    const at = date.set({ hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 }).toJSDate();
    const summary = await this.digests.channelSummary({ managerId: channel.managerId }, agency, at);
    return this.db.transaction(async (manager) => {
      await manager.update(
        NotificationChannelEntity,
        { id: channel.id },
        { digestDecidedOn: summary.date },
      );
      if (!summary.hasContent) return 0;
      const message = buildChannelMessage(
        {
          event: 'DAILY_DIGEST',
          date: summary.date,
          agencyName: agency.name,
          counts: summary.counts,
        },
        { locale: channel.locale, publicUrl: this.config.PUBLIC_URL, now: at },
      );
      return this.insert(manager, channel, `digest:${summary.date}`, message);
    });
  }

  private async dueChannels(): Promise<string[]> {
    const rows: Array<{ channel_id: string }> = await this.db.transaction((manager) =>
      manager.query(
        `SELECT DISTINCT d.channel_id FROM channel_deliveries d
           JOIN notification_channels c ON c.agency_id = d.agency_id AND c.id = d.channel_id
          WHERE d.status = 'PENDING' AND d.merged_into_id IS NULL AND d.next_attempt_at <= now() AND c.enabled`,
      ),
    );
    return rows.map((row) => row.channel_id);
  }
}
