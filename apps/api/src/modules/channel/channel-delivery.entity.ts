import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';
import type { ChannelEvent, ChannelMessage } from './adapters/channel-adapter';
import { NotificationChannelEntity } from './notification-channel.entity';

export const CHANNEL_DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type ChannelDeliveryStatus = (typeof CHANNEL_DELIVERY_STATUSES)[number];

/** One message to one channel; its id is the Standard Webhooks `webhook-id` of every attempt. */
@Entity('channel_deliveries')
@Index('IDX_channel_deliveries_agency_channel_created', [
  'agencyId',
  'channelId',
  'createdAt',
  'id',
])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_channel_deliveries_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => NotificationChannelEntity, ['agencyId', 'channelId'], ['agencyId', 'id'], {
  name: 'FK_channel_deliveries_channel',
  onDelete: 'CASCADE',
})
@Index('UQ_channel_deliveries_event', ['agencyId', 'channelId', 'eventKey'], {
  unique: true,
  where: 'event_key IS NOT NULL',
})
@Index('IDX_channel_deliveries_due', ['agencyId', 'channelId', 'nextAttemptAt'], {
  where: "status = 'PENDING' AND merged_into_id IS NULL",
})
@Index('IDX_channel_deliveries_agency_created', ['agencyId', 'createdAt'])
export class ChannelDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  channelId: string;

  @Column('text')
  event: ChannelEvent;

  /** What happened, once (e.g. case-opened:<case id>): unique per channel. Null for test messages. */
  @Column('text', { nullable: true })
  eventKey: string | null;

  /** When a PENDING delivery is due (its next attempt, after a failed one). */
  @Column('timestamptz', { nullable: true })
  nextAttemptAt: Date | null;

  /** Sent inside another delivery's message (a platform's limit was reached): that delivery's id. */
  @Column('uuid', { nullable: true })
  mergedIntoId: string | null;

  @Column('text', { default: 'PENDING' })
  status: ChannelDeliveryStatus;

  @Column('int', { default: 0 })
  attempts: number;

  /** HTTP status of the last attempt (null: no answer). */
  @Column('int', { nullable: true })
  responseStatus: number | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  /** The exact JSON body of the last attempt (never a secret: signatures live in URL and headers). */
  @Column('text')
  payload: string;

  /**
   * What the delivery says (never a secret), so a retry or a redelivery rebuilds the same body.
   * json, not jsonb: the keys keep their order, so the rebuilt body is byte for byte the same.
   */
  @Column('json')
  message: ChannelMessage;

  /** Millisecond precision, so a cursor (a JS Date) names a row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;
}
