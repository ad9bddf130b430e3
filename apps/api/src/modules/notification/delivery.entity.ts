import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';
import { UserEntity } from '../user/user.entity';

export type DeliveryKind = 'DIGEST' | 'ALERT' | 'TEST';
/**
 * PENDING → SENDING (leased by one worker) → SENT; FAILED is retried with backoff; STORED when no
 * SMTP server is configured (readable in the dashboard); SKIPPED when there was nothing to say.
 */
export type DeliveryStatus = 'PENDING' | 'SENDING' | 'SENT' | 'STORED' | 'FAILED' | 'SKIPPED';

/**
 * One email that should go out once. Its unique key (user + kind + local date, or the event) is
 * claimed in PostgreSQL before anything is sent, so a second tick, a retry or a second worker
 * finds the row and does not send again.
 */
@Entity('deliveries')
@Unique('UQ_deliveries_agency_key', ['agencyId', 'dedupeKey'])
@Index('IDX_deliveries_agency_user_created', ['agencyId', 'userId', 'createdAt'])
@Index('IDX_deliveries_status', ['status', 'createdAt'])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_deliveries_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['userId'], ['id'], {
  name: 'FK_deliveries_user',
  onDelete: 'CASCADE',
})
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  userId: string;

  @Column('text')
  kind: DeliveryKind;

  /** e.g. digest:<user>:2026-12-01, alert:attempt-failed:<attempt>:<user> */
  @Column('text')
  dedupeKey: string;

  @Column('text', { default: 'PENDING' })
  status: DeliveryStatus;

  @Column('text', { nullable: true })
  toEmail: string | null;

  @Column('text', { nullable: true })
  subject: string | null;

  @Column('text', { nullable: true })
  textBody: string | null;

  @Column('text', { nullable: true })
  htmlBody: string | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  leasedUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('text', { nullable: true })
  messageId: string | null;

  /** Millisecond precision, so a cursor (a JS Date) names a row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
