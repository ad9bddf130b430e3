import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_store_impact_month_counts' });

/**
 * store_impact_counts summed per month of expiry: the per-site totals and a count of stores due by a
 * date read whole months here and one month's days there (countBeforeSql). Written only by the
 * database: a trigger on store_impact_counts moves it in the statement that moves the counter
 * (migration CountRollups).
 */
@Entity('store_impact_month_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_store_impact_month_counts_agency',
  onDelete: 'CASCADE',
})
export class StoreImpactMonthCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  @PrimaryColumn('text', primaryKey())
  site: string;

  @PrimaryColumn('boolean', primaryKey())
  flagged: boolean;

  @PrimaryColumn('boolean', primaryKey())
  restricted: boolean;

  /** The first day of the expiry month; "infinity" as in the counter. */
  @PrimaryColumn('date', primaryKey())
  expiresMonth: string;

  @Column('int')
  stores: number;
}
