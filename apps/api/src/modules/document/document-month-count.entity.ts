import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

// A new object per column: TypeORM writes each column's type into the options it is given.
const primaryKey = () => ({ primaryKeyConstraintName: 'PK_document_month_counts' });

/**
 * document_expiry_counts summed per month of expiry, per site key and type: a count of documents
 * expiring by a date reads whole months here and one month's days there (countBeforeSql). Written
 * only by the database: a trigger on document_expiry_counts moves it in the statement that moves
 * the counter (migration CountRollups).
 */
@Entity('document_month_counts')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_document_month_counts_agency',
  onDelete: 'CASCADE',
})
export class DocumentMonthCountEntity {
  @PrimaryColumn('uuid', primaryKey())
  agencyId: string;

  /** The counter's site key. */
  @PrimaryColumn('text', primaryKey())
  site: string;

  @PrimaryColumn('text', primaryKey())
  type: string;

  /** The first day of the expiry month; "infinity" / "-infinity" as in the counter. */
  @PrimaryColumn('date', primaryKey())
  expiresMonth: string;

  @Column('int')
  documents: number;
}
