import {
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

/** A browser sign-in, renewed through an httpOnly cookie; access tokens themselves are short-lived. */
@Entity('sessions')
@Index('IDX_sessions_agency_user', ['agencyId', 'userId'])
@Unique('UQ_sessions_token_hash', ['tokenHash'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_sessions_agency' })
  agency?: AgencyEntity;

  @Column('uuid')
  agencyId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_sessions_user' })
  user?: UserEntity;

  @Column('uuid')
  userId: string;

  @Column('text', { select: false })
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  /**
   * The token this one replaced, still accepted for a few seconds: two tabs that refresh at the
   * same moment both send the old cookie, and the slower one must not be signed out.
   */
  @Column('text', { nullable: true, select: false })
  previousTokenHash: string | null;

  @Column('timestamptz', { nullable: true })
  previousValidUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  /** The browser's User-Agent and address at sign-in, then at each refresh. */
  @Column('text', { nullable: true })
  userAgent: string | null;

  @Column('text', { nullable: true })
  ipAddress: string | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
