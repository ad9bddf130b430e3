import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { Site } from '@veridesk/domain';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_store_impact_counts' });

/**
 * How many store_impacts rows (stores of live entities) there are per site, flagged, restricted
 * and earliest expiry: affectedStores' totalCount and portfolioSummary's per-site counts sum these
 * over a range of dates instead of counting stores. Written only by the database (migration
 * PortfolioCounts), at the commit of every transaction that changes store_impacts.
 */
@Entity('store_impact_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_store_impact_counts_agency',
  onDelete: 'CASCADE',
})
export class StoreImpactCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  @PrimaryColumn('text', primaryKey())
  site: Site;

  @PrimaryColumn('boolean', primaryKey())
  flagged: boolean;

  @PrimaryColumn('boolean', primaryKey())
  restricted: boolean;

  /** The earliest expiry of an unflagged store; "infinity" when flagged (affected anyway) or none. */
  @PrimaryColumn('date', primaryKey())
  expiresOn: string;

  @Column('int')
  stores: number;
}
