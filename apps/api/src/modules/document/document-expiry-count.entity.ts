import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_document_expiry_counts' });

/**
 * How many documents of live entities expire on each date, per type and site: documents'
 * totalCount, portfolioSummary and documentExpiryWeeks sum these over a range of dates (at most a
 * few thousand distinct ones) instead of counting documents. Written only by the database
 * (migration PortfolioCounts), at the commit of every transaction that writes documents or archives.
 */
@Entity('document_expiry_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_document_expiry_counts_agency',
  onDelete: 'CASCADE',
})
export class DocumentExpiryCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  /**
   * "*" every document once; "" those concerning every site; otherwise those naming the site.
   * "#" and one of those: the same documents whatever their expiry (expiresOn -infinity).
   */
  @PrimaryColumn('text', primaryKey())
  site: string;

  /** "infinity" for long-term documents; "-infinity" in a "#" total. */
  @PrimaryColumn('date', primaryKey())
  expiresOn: string;

  @PrimaryColumn('text', primaryKey())
  type: string;

  @Column('int')
  documents: number;
}
