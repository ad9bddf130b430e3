import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Site } from '@veridesk/domain';
import { SellerEntityEntity } from '../seller-entity/seller-entity.entity';
import { StoreEntity } from '../store/store.entity';

/**
 * What makes each store of a non-archived entity urgent, in absolute terms (no "now", no "today"):
 * one row per store, written only by the database's triggers (migration StoreImpacts), which
 * recompute the rows of every entity a statement touched. affectedStores and portfolioSummary
 * compare these columns with the request's now and horizon, so they read an index, not the
 * portfolio. A CLOSED store keeps a row (it counts as a store) with nothing urgent.
 */
@Entity('store_impacts')
// Stores with a restriction or an open case (few), and the rest by earliest expiry.
@Index('IDX_store_impacts_agency_flagged_expires', ['agencyId', 'flagged', 'expiresOn', 'storeId'])
@Index('IDX_store_impacts_agency_entity', ['agencyId', 'sellerEntityId'])
// The flagged stores in the order of each date that can make one due (open case deadline, freeze
// end, earliest expiry), every column the ranking reads in each: affectedStores' page is bounded by
// a few rows of each order and ranks only the rows within that bound (affectedPageSql).
@Index(
  'IDX_store_impacts_flagged_by_deadline',
  ['agencyId', 'caseDeadlineAt', 'restricted', 'freezeUntil', 'expiresOn', 'storeId', 'site'],
  { where: 'flagged' },
)
@Index(
  'IDX_store_impacts_flagged_by_freeze',
  ['agencyId', 'freezeUntil', 'restricted', 'caseDeadlineAt', 'expiresOn', 'storeId', 'site'],
  { where: 'flagged' },
)
@Index(
  'IDX_store_impacts_flagged_by_expiry',
  ['agencyId', 'expiresOn', 'restricted', 'caseDeadlineAt', 'freezeUntil', 'storeId', 'site'],
  { where: 'flagged' },
)
// portfolioSummary's per-site counts: an index-only scan, grouped in index order.
@Index('IDX_store_impacts_agency_site', ['agencyId', 'site', 'flagged', 'restricted', 'expiresOn'])
@ForeignKey(() => StoreEntity, ['agencyId', 'storeId'], ['agencyId', 'id'], {
  name: 'FK_store_impacts_store',
  onDelete: 'CASCADE',
})
@ForeignKey(() => SellerEntityEntity, ['agencyId', 'sellerEntityId'], ['agencyId', 'id'], {
  name: 'FK_store_impacts_seller_entity',
  onDelete: 'CASCADE',
})
export class StoreImpactEntity {
  @PrimaryColumn('uuid')
  agencyId: string;

  @PrimaryColumn('uuid')
  storeId: string;

  @Column('uuid')
  sellerEntityId: string;

  @Column('text')
  site: Site;

  /** RESTRICTED, FROZEN or UNDER_REVIEW. */
  @Column('boolean')
  restricted: boolean;

  /** The restricted store's freeze end, if any. */
  @Column('timestamptz', { nullable: true })
  freezeUntil: Date | null;

  /** The entity's open case's deadline; overdue once it is before now. */
  @Column('timestamptz', { nullable: true })
  caseDeadlineAt: Date | null;

  /** Earliest expiry that concerns this store: current licence, any ID card, other documents on its site. */
  @Column('date', { nullable: true })
  expiresOn: string | null;

  /** restricted or an open case: affected whatever the horizon. */
  @Column('boolean')
  flagged: boolean;
}
