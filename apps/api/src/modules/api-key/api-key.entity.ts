import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { AgencyEntity } from '../agency/agency.entity';
import type { Role } from '@veridesk/domain';

/** An integration's credential. The secret is shown once; only its SHA-256 is stored. */
@Entity('api_keys')
@Check('CHK_api_keys_role', `role IN ('OWNER', 'ADMIN', 'MANAGER', 'VIEWER')`)
@Index('IDX_api_keys_agency_created', ['agencyId', 'createdAt'])
@Unique('UQ_api_keys_prefix', ['prefix'])
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_api_keys_agency' })
  agency?: AgencyEntity;

  @Column('uuid')
  agencyId: string;

  @Column('text')
  name: string;

  /** The public, non-secret part of the key, used to find it ("vdk_3f9a1c2b"). */
  @Column('text')
  prefix: string;

  @Column('text', { select: false })
  secretHash: string;

  @Column('text')
  role: Role;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_api_keys_created_by' })
  createdBy?: UserEntity;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
