import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { DocumentType, Site } from '@veridesk/domain';
import { StoredFileEntity } from '../file/stored-file.entity';
import { RepresentativeEntity } from '../representative/representative.entity';
import { SellerEntityEntity } from '../seller-entity/seller-entity.entity';

/** A licence, ID card, filing or certificate, with the expiry the product watches. */
@Entity('documents')
@Unique('UQ_documents_agency_id', ['agencyId', 'id'])
@Index('IDX_documents_agency_entity', ['agencyId', 'sellerEntityId'])
@Index('IDX_documents_agency_expires', ['agencyId', 'expiresOn', 'id'])
// An ID card's document for its representative (impact reasons, the foreign key's checks).
@Index('IDX_documents_agency_representative_created', ['agencyId', 'representativeId', 'createdAt'])
@Index('IDX_documents_agency_type_expires', ['agencyId', 'type', 'expiresOn'])
@ForeignKey(() => SellerEntityEntity, ['agencyId', 'sellerEntityId'], ['agencyId', 'id'], {
  name: 'FK_documents_seller_entity',
  onDelete: 'CASCADE',
})
@ForeignKey(() => RepresentativeEntity, ['agencyId', 'representativeId'], ['agencyId', 'id'], {
  name: 'FK_documents_representative',
  onDelete: 'NO ACTION',
})
@ForeignKey(() => StoredFileEntity, ['agencyId', 'fileId'], ['agencyId', 'id'], {
  name: 'FK_documents_file',
  onDelete: 'NO ACTION',
})
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  sellerEntityId: string;

  @Column('uuid', { nullable: true })
  representativeId: string | null;

  @Column('text')
  type: DocumentType;

  @Column('text', { nullable: true })
  number: string | null;

  @Column('date', { nullable: true })
  issuedOn: string | null;

  /** null = valid long-term (长期). */
  @Column('date', { nullable: true })
  expiresOn: string | null;

  /** Empty = the document concerns every site of the entity. */
  @Column('text', { array: true, default: () => "'{}'" })
  sites: Site[];

  @Column('uuid', { nullable: true })
  fileId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
