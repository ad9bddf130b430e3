import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { DocumentType } from '@veridesk/domain';
import { AgencyEntity } from '../agency/agency.entity';

/** An agency's own reminder days for one document type (days before expiry; -1 = the day after). */
@Entity('reminder_ladders')
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_reminder_ladders_agency',
  onDelete: 'CASCADE',
})
export class ReminderLadderEntity {
  @PrimaryColumn('uuid')
  agencyId: string;

  @PrimaryColumn('text')
  documentType: DocumentType;

  @Column('int', { array: true })
  days: number[];
}
