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

/** A seller legal entity (主体): one business licence, one verification at a time, stores on many sites. */
@Entity('seller_entities')
@Unique('UQ_seller_entities_agency_id', ['agencyId', 'id'])
@Unique('UQ_seller_entities_agency_uscc', ['agencyId', 'uscc'])
@Index('IDX_seller_entities_agency_created', ['agencyId', 'createdAt', 'id'])
@Index('IDX_seller_entities_agency_manager', ['agencyId', 'managerId'])
// Counting live entities (portfolioSummary) without reading the rows.
@Index('IDX_seller_entities_agency_live', ['agencyId'], { where: 'archived_at IS NULL' })
// Trigram search over names and USCC; created by the migration (TypeORM cannot express it).
@Index('IDX_seller_entities_search', { synchronize: false })
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_seller_entities_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => MembershipEntity, ['agencyId', 'managerId'], ['agencyId', 'id'], {
  name: 'FK_seller_entities_manager',
  // Removing the member leaves their entities unassigned (the migration nulls manager_id only).
  onDelete: 'SET NULL',
})
export class SellerEntityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('text')
  legalName: string;

  @Column('text', { nullable: true })
  englishName: string | null;

  /** Upper-case, checksum-validated (GB 32100-2015). */
  @Column('text')
  uscc: string;

  @Column('text')
  registeredRepresentativeName: string;

  @Column('text', { array: true, default: () => "'{}'" })
  businessScope: string[];

  @Column('int', { default: 0 })
  violationsLast90Days: number;

  @Column('boolean', { default: false })
  needsChineseSupport: boolean;

  @Column('boolean', { default: false })
  chineseSupportRequested: boolean;

  /** The account manager's membership. */
  @Column('uuid', { nullable: true })
  managerId: string | null;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  /** Millisecond precision, so a cursor (a JS Date) names a row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
