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
import { MembershipEntity } from '../member/membership.entity';
import { VerificationCaseEntity } from '../verification-case/verification-case.entity';

/**
 * The legal representative's call-prep page of one case (RULES.md "Guest links"): opened by a
 * secret token of which only the SHA-256 is kept; valid until `expiresAt` (7 days after the
 * deadline) while the case is open and the link not revoked. At most one live link per case.
 */
@Entity('call_prep_links')
@Unique('UQ_call_prep_links_agency_id', ['agencyId', 'id'])
@Unique('UQ_call_prep_links_token_hash', ['tokenHash'])
@Index('IDX_call_prep_links_one_live', ['agencyId', 'caseId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('IDX_call_prep_links_agency_case_created', ['agencyId', 'caseId', 'createdAt'])
@Index('IDX_call_prep_links_agency_answered', ['agencyId', 'answeredAt'])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_call_prep_links_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => VerificationCaseEntity, ['agencyId', 'caseId'], ['agencyId', 'id'], {
  name: 'FK_call_prep_links_case',
  onDelete: 'CASCADE',
})
@ForeignKey(() => MembershipEntity, ['agencyId', 'createdBy'], ['agencyId', 'id'], {
  name: 'FK_call_prep_links_created_by',
  // Removing the member keeps the link (the migration nulls created_by only).
  onDelete: 'SET NULL',
})
export class CallPrepLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  caseId: string;

  /** SHA-256 (hex) of the token; the token itself exists only in createCallPrepLink's answer. */
  @Column('text')
  tokenHash: string;

  /** The membership that created it; null once that member is removed, or for an API key. */
  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastOpenedAt: Date | null;

  /** The representative's answer: true "ready", false "needs another slot", null unanswered. */
  @Column('boolean', { nullable: true })
  ready: boolean | null;

  @Column('text', { nullable: true })
  answerNote: string | null;

  /** Millisecond precision: it names the "not ready" moment (call-prep-not-ready:<id>:<ms>). */
  @Column({ type: 'timestamptz', nullable: true, precision: 3 })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
