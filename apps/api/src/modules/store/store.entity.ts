import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Site } from '@veridesk/domain';
import { SellerEntityEntity } from '../seller-entity/seller-entity.entity';

export type StoreStatus = 'ACTIVE' | 'RESTRICTED' | 'FROZEN' | 'UNDER_REVIEW' | 'CLOSED';
export type StoreModule = 'PRODUCT_LISTING' | 'ORDERS' | 'FINANCE';

/** One Lazada shop of an entity on one site. */
@Entity('stores')
@Unique('UQ_stores_agency_id', ['agencyId', 'id'])
@Unique('UQ_stores_agency_site_seller', ['agencyId', 'site', 'lazadaSellerId'])
@Index('IDX_stores_agency_entity', ['agencyId', 'sellerEntityId'])
@Index('IDX_stores_agency_status', ['agencyId', 'status'])
@ForeignKey(() => SellerEntityEntity, ['agencyId', 'sellerEntityId'], ['agencyId', 'id'], {
  name: 'FK_stores_seller_entity',
  onDelete: 'CASCADE',
})
export class StoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agencyId: string;

  @Column('uuid')
  sellerEntityId: string;

  @Column('text')
  site: Site;

  @Column('text')
  shopName: string;

  @Column('text')
  lazadaSellerId: string;

  @Column('text', { array: true, default: () => "'{}'" })
  categories: string[];

  @Column('text', { default: 'ACTIVE' })
  status: StoreStatus;

  @Column('text', { array: true, default: () => "'{}'" })
  restrictedModules: StoreModule[];

  @Column('timestamptz', { nullable: true })
  freezeUntil: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  statusChangedAt: Date;
}
