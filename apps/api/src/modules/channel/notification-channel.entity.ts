import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';
import { MembershipEntity } from '../member/membership.entity';
import type { ChannelEvent, ChannelKind } from './adapters/channel-adapter';

/**
 * A group robot (WeCom, DingTalk, Feishu) or a Standard Webhooks endpoint that events go to.
 * The URL's secret part and the signing secret are sealed (PersonalDataCipher, with its key id);
 * `target_hint` is the masked URL shown back.
 */
@Entity('notification_channels')
@Unique('UQ_notification_channels_agency_id', ['agencyId', 'id'])
@Index('IDX_notification_channels_agency_created', ['agencyId', 'createdAt', 'id'])
@Index('IDX_notification_channels_agency_manager', ['agencyId', 'managerId'])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_notification_channels_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => MembershipEntity, ['agencyId', 'managerId'], ['agencyId', 'id'], {
  name: 'FK_notification_channels_manager',
  // Removing the member leaves the channel agency-wide (the migration nulls manager_id only).
  onDelete: 'SET NULL',
})
export class NotificationChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('text')
  kind: ChannelKind;

  @Column('text')
  name: string;

  /** The whole URL, sealed: its token or key is the robot's credential. */
  @Column('text')
  urlCiphertext: string;

  @Column('text')
  urlKeyId: string;

  /** The robot's signing secret (DINGTALK, FEISHU) or the Standard Webhooks secret (WEBHOOK), sealed. */
  @Column('text', { nullable: true })
  secretCiphertext: string | null;

  @Column('text', { nullable: true })
  secretKeyId: string | null;

  /** The URL with its secret parts masked. */
  @Column('text')
  targetHint: string;

  @Column('text', { array: true, default: () => "'{}'" })
  events: ChannelEvent[];

  @Column('text', { default: 'zh-CN' })
  locale: string;

  /** Only events about the entities this member manages; null = the whole agency. */
  @Column('uuid', { nullable: true })
  managerId: string | null;

  @Column('boolean', { default: true })
  enabled: boolean;

  @Column('text', { nullable: true })
  disabledReason: string | null;

  @Column('int', { default: 0 })
  consecutiveFailures: number;

  @Column('timestamptz', { nullable: true })
  lastDeliveryAt: Date | null;

  /** When the last messages went out (the platform's rate window; older ones are dropped). */
  @Column('timestamptz', { array: true, default: () => "'{}'" })
  recentSends: Date[];

  /** A worker sending to this channel holds it until then. */
  @Column('timestamptz', { nullable: true })
  dispatchLeasedUntil: Date | null;

  /** The last agency date whose DAILY_DIGEST was decided (sent, or nothing to say). */
  @Column('date', { nullable: true })
  digestDecidedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
