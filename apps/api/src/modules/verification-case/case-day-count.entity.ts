import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_case_day_counts' });

/**
 * case_deadline_counts summed per UTC day of the deadline, per phase and site: a count of cases due
 * before an instant reads whole days here and one day's hours there (countBeforeSql). Written only by
 * the database: a trigger on case_deadline_counts moves it in the statement that moves the counter
 * (migration CountRollups).
 */
@Entity('case_day_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_case_day_counts_agency',
  onDelete: 'CASCADE',
})
export class CaseDayCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  @PrimaryColumn('text', primaryKey())
  phase: string;

  @PrimaryColumn('text', primaryKey())
  site: string;

  /** The start of the deadline's UTC day; "infinity" once closed. */
  @PrimaryColumn('timestamptz', primaryKey())
  deadlineDay: Date;

  @Column('int')
  cases: number;
}
