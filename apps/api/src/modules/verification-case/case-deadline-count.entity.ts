import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_case_deadline_counts' });

/**
 * How many cases of live entities are in each phase per deadline hour and site: verificationCases'
 * totalCount and portfolioSummary's open and overdue cases sum these (see case-counts.sql.ts).
 * Written only by the database (migration PortfolioCounts), at the commit of every transaction that
 * writes cases or attempts or archives.
 */
@Entity('case_deadline_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_case_deadline_counts_agency',
  onDelete: 'CASCADE',
})
export class CaseDeadlineCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  /** PASSED, CANCELLED, or open: BOOKED, FAILED, AWAITING (casePhaseSql). */
  @PrimaryColumn('text', primaryKey())
  phase: string;

  /** The UTC hour the deadline falls in; "infinity" once the case is closed. */
  @PrimaryColumn('timestamptz', primaryKey())
  deadlineHour: Date;

  @PrimaryColumn('text', primaryKey())
  site: string;

  @Column('int')
  cases: number;
}
