import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

/** Who did what to which record. `changes` never holds secrets or ID numbers. */
@Entity('audit_events')
@Index('IDX_audit_events_agency_at', ['agencyId', 'at'])
@Index('IDX_audit_events_agency_subject_at', ['agencyId', 'subjectId', 'at'])
@Index('IDX_audit_events_agency_entity_at', ['agencyId', 'sellerEntityId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_audit_events_agency' })
  agency?: AgencyEntity;

  @Column('uuid')
  agencyId: string;

  /** Millisecond precision, so a cursor (a JS Date) names a row exactly. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;

  /** "user:<email>" or "api-key:<prefix>", readable without a join. */
  @Column('text')
  actor: string;

  @Column('text')
  action: string;

  @Column('text')
  subjectType: string;

  @Column('uuid', { nullable: true })
  subjectId: string | null;

  /** The seller entity the event concerns (its own events and its records'), for its history. */
  @Column('uuid', { nullable: true })
  sellerEntityId: string | null;

  @Column('jsonb', { nullable: true })
  changes: Record<string, unknown> | null;
}
