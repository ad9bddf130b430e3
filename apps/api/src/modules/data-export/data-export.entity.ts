import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';
import { UserEntity } from '../user/user.entity';

export type DataExportState = 'PENDING' | 'READY' | 'FAILED';

/** One ZIP of everything an agency holds, built by the worker and kept for EXPORT_TTL_HOURS. */
@Entity('data_exports')
@Check('CHK_data_exports_status', `status IN ('PENDING', 'READY', 'FAILED')`)
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_data_exports_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['requestedById'], ['id'], {
  name: 'FK_data_exports_requested_by',
  onDelete: 'SET NULL',
})
@Index('IDX_data_exports_agency_created', ['agencyId', 'createdAt'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid', { nullable: true })
  requestedById: string | null;

  @Column('text', { default: 'PENDING' })
  status: DataExportState;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  readyAt: Date | null;

  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  @Column('bigint', { nullable: true })
  sizeBytes: string | null;

  @Column('text', { nullable: true })
  storageKey: string | null;

  @Column('text', { nullable: true })
  error: string | null;
}
