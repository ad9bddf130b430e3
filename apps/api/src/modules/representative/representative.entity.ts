import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SellerEntityEntity } from '../seller-entity/seller-entity.entity';

export type RepresentativeRole = 'LEGAL_REPRESENTATIVE' | 'AUTHORIZED_SIGNATORY';
export type IdType = 'CN_RESIDENT_ID' | 'HK_MACAO_TAIWAN_PERMIT' | 'PASSPORT';

/**
 * The person who appears on the call. The ID number and the phone are personal information (PIPL):
 * stored only encrypted (AES-256-GCM, each with the id of the key that sealed it), with a keyed hash
 * of the ID number to find duplicates, and masks for display.
 */
@Entity('representatives')
@Unique('UQ_representatives_agency_id', ['agencyId', 'id'])
@Unique('UQ_representatives_entity_id_hash', ['agencyId', 'sellerEntityId', 'idNumberHash'])
@Index('IDX_representatives_agency_entity', ['agencyId', 'sellerEntityId'])
@ForeignKey(() => SellerEntityEntity, ['agencyId', 'sellerEntityId'], ['agencyId', 'id'], {
  name: 'FK_representatives_seller_entity',
  onDelete: 'CASCADE',
})
export class RepresentativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  sellerEntityId: string;

  @Column('text')
  fullName: string;

  @Column('text')
  role: RepresentativeRole;

  @Column('text')
  idType: IdType;

  @Column('text', { select: false })
  idNumberCiphertext: string;

  @Column('text')
  idNumberKeyId: string;

  @Column('text', { select: false })
  idNumberHash: string;

  @Column('text')
  idNumberMasked: string;

  /** null = valid long-term (长期). */
  @Column('date', { nullable: true })
  idExpiresOn: string | null;

  @Column('text', { nullable: true, select: false })
  phoneCiphertext: string | null;

  /** The key that sealed the phone number (rotated with the ID number's). */
  @Column('text', { nullable: true })
  phoneKeyId: string | null;

  @Column('text', { nullable: true })
  phoneMasked: string | null;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
