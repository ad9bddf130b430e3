import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

/** A scan (PDF, JPEG or PNG) uploaded through POST /files; the bytes live in the file storage. */
@Entity('stored_files')
@Unique('UQ_stored_files_agency_id', ['agencyId', 'id'])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_stored_files_agency',
  onDelete: 'CASCADE',
})
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('text')
  filename: string;

  @Column('text')
  contentType: string;

  @Column('int')
  sizeBytes: number;

  @Column('text')
  sha256: string;

  /** Where the storage keeps the bytes (never derived from the client's file name). */
  @Column('text')
  storageKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
