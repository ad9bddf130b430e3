import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_entity_counts' });

/**
 * How many seller entities the agency has per manager, live and archived: sellerEntities'
 * totalCount and portfolioSummary read these instead of counting entities. Written only by the
 * database (migration PortfolioCounts), at the commit of every transaction that writes entities.
 */
@Entity('entity_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_entity_counts_agency',
  onDelete: 'CASCADE',
})
export class EntityCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  /** The managing member, or UNASSIGNED_MANAGER_KEY (entity-counts.sql.ts) for none. */
  @PrimaryColumn('uuid', primaryKey())
  managerKey: string;

  @PrimaryColumn('boolean', primaryKey())
  archived: boolean;

  @Column('int')
  entities: number;
}
