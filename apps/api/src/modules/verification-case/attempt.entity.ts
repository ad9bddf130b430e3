import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AttemptOutcome, FailureReason } from '@veridesk/domain';
import { VerificationCaseEntity } from './verification-case.entity';

/** One call and its outcome. */
@Entity('attempts')
@Index('IDX_attempts_agency_case_occurred', ['agencyId', 'caseId', 'occurredAt'])
@Index('IDX_attempts_agency_occurred', ['agencyId', 'occurredAt'])
@ForeignKey(() => VerificationCaseEntity, ['agencyId', 'caseId'], ['agencyId', 'id'], {
  name: 'FK_attempts_case',
  onDelete: 'CASCADE',
})
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  caseId: string;

  @Column('text')
  outcome: AttemptOutcome;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('text', { array: true, default: () => "'{}'" })
  failureReasons: FailureReason[];

  @Column('int', { nullable: true })
  freezeExtensionHours: number | null;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
