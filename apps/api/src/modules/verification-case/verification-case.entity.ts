import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Site, TriggerReason } from '@veridesk/domain';
import { RepresentativeEntity } from '../representative/representative.entity';
import { SellerEntityEntity } from '../seller-entity/seller-entity.entity';

/** One platform request to verify, with its 72-hour deadline. At most one open case per entity. */
@Entity('verification_cases')
@Unique('UQ_verification_cases_agency_id', ['agencyId', 'id'])
@Index('IDX_verification_cases_agency_deadline', ['agencyId', 'deadlineAt', 'id'])
@Index('IDX_verification_cases_agency_entity_created', ['agencyId', 'sellerEntityId', 'createdAt'])
@Index('IDX_verification_cases_agency_representative_created', [
  'agencyId',
  'representativeId',
  'createdAt',
])
@Index('IDX_verification_cases_one_open', ['agencyId', 'sellerEntityId'], {
  unique: true,
  where: 'passed_at IS NULL AND cancelled_at IS NULL',
})
@ForeignKey(() => SellerEntityEntity, ['agencyId', 'sellerEntityId'], ['agencyId', 'id'], {
  name: 'FK_verification_cases_seller_entity',
  onDelete: 'CASCADE',
})
@ForeignKey(() => RepresentativeEntity, ['agencyId', 'representativeId'], ['agencyId', 'id'], {
  name: 'FK_verification_cases_representative',
  onDelete: 'CASCADE',
})
export class VerificationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  sellerEntityId: string;

  @Column('uuid')
  representativeId: string;

  @Column('text')
  site: Site;

  @Column('text')
  trigger: TriggerReason;

  @Column('timestamptz')
  noticeReceivedAt: Date;

  @Column('timestamptz')
  deadlineAt: Date;

  /** The booked slot; cleared when an attempt consumes it. */
  @Column('timestamptz', { nullable: true })
  appointmentStartsAt: Date | null;

  @Column('timestamptz', { nullable: true })
  appointmentBookedAt: Date | null;

  /** Checklist key → ticked. */
  @Column('jsonb', { default: () => "'{}'" })
  checklist: Record<string, boolean>;

  @Column('timestamptz', { nullable: true })
  passedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
