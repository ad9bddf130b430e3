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

/** A single-use, expiring invitation. Only a hash of its token is kept. */
@Entity('invitations')
@Check('CHK_invitations_role', `role IN ('OWNER', 'ADMIN', 'MANAGER', 'VIEWER')`)
@Index('IDX_invitations_agency_email', ['agencyId', 'email'])
@Unique('UQ_invitations_token_hash', ['tokenHash'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_invitations_agency' })
  agency?: AgencyEntity;

  @Column('uuid')
  agencyId: string;

  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text')
  role: Role;

  @Column('text', { select: false })
  tokenHash: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'FK_invitations_invited_by' })
  invitedBy?: UserEntity;

  @Column('uuid', { nullable: true })
  invitedById: string | null;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
