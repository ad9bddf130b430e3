import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { DocumentType } from '@veridesk/domain';
import { AgencyEntity } from '../agency/agency.entity';
import { DocumentEntity } from '../document/document.entity';
import { StoredFileEntity } from '../file/stored-file.entity';
import { RepresentativeEntity } from '../representative/representative.entity';
import { SellerEntityEntity } from '../seller-entity/seller-entity.entity';

/**
 * A link asking the seller for a renewed document (RULES.md "Guest links"). Only the token's
 * SHA-256 is kept; the status is computed from the dates and the review (documentRequestStatus).
 */
@Entity('document_requests')
@Unique('UQ_document_requests_agency_id', ['agencyId', 'id'])
@Unique('UQ_document_requests_token_hash', ['tokenHash'])
@Index('IDX_document_requests_agency_created', ['agencyId', 'createdAt', 'id'])
@Index('IDX_document_requests_agency_entity', ['agencyId', 'sellerEntityId'])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_document_requests_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => SellerEntityEntity, ['agencyId', 'sellerEntityId'], ['agencyId', 'id'], {
  name: 'FK_document_requests_seller_entity',
  onDelete: 'CASCADE',
})
@ForeignKey(() => RepresentativeEntity, ['agencyId', 'representativeId'], ['agencyId', 'id'], {
  name: 'FK_document_requests_representative',
  onDelete: 'NO ACTION',
})
@ForeignKey(() => DocumentEntity, ['agencyId', 'documentId'], ['agencyId', 'id'], {
  name: 'FK_document_requests_document',
  onDelete: 'NO ACTION',
})
export class DocumentRequestEntity {
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
  message: string | null;

  /** SHA-256 of the link's token (hex); the token itself is shown once, at creation. */
  @Column('text')
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  /** Who asked: the principal's label, as in audit events. */
  @Column('text')
  createdBy: string;

  /** Millisecond precision, so a cursor (a JS Date) names a row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column('text', { nullable: true })
  submittedNumber: string | null;

  @Column('date', { nullable: true })
  submittedIssuedOn: string | null;

  @Column('date', { nullable: true })
  submittedExpiresOn: string | null;

  @Column('boolean', { nullable: true })
  submittedLongTerm: boolean | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt: Date | null;

  @Column('text', { nullable: true })
  reviewedBy: string | null;

  /** The review's verdict: true accepted, false rejected, null not reviewed yet. */
  @Column('boolean', { nullable: true })
  accepted: boolean | null;

  @Column('text', { nullable: true })
  reviewNote: string | null;

  /** The document recorded when the submission was accepted. */
  @Column('uuid', { nullable: true })
  documentId: string | null;
}

/** A scan the seller uploaded through a request's link (POST /guest/<token>/files). */
@Entity('document_request_files')
@Index('IDX_document_request_files_agency_file', ['agencyId', 'fileId'])
@ForeignKey(() => AgencyEntity, ['agencyId'], ['id'], {
  name: 'FK_document_request_files_agency',
  onDelete: 'CASCADE',
})
@ForeignKey(() => DocumentRequestEntity, ['agencyId', 'requestId'], ['agencyId', 'id'], {
  name: 'FK_document_request_files_request',
  onDelete: 'CASCADE',
})
@ForeignKey(() => StoredFileEntity, ['agencyId', 'fileId'], ['agencyId', 'id'], {
  name: 'FK_document_request_files_file',
  onDelete: 'CASCADE',
})
export class DocumentRequestFileEntity {
  @PrimaryColumn('uuid')
  requestId: string;

  @PrimaryColumn('uuid')
  fileId: string;

  @Column('uuid')
  agencyId: string;

  /** Millisecond precision: the files keep the order they were uploaded in. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
