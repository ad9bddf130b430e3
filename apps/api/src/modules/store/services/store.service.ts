import { Injectable } from '@nestjs/common';
import { HELD_STORE_STATUSES, isHeldStoreStatus, normalizeIdentifier } from '@veridesk/domain';
import { EntityManager, In } from 'typeorm';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { byKey, groupBy, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { isUniqueViolation } from '../../../engine/database/errors';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { cleanList, SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { AddStoreInput, UpdateStoreStatusInput } from '../dtos/store.inputs';
import { extendedFreezeUntilSql, heldStoreSql } from '../store-status.sql';
import { StoreEntity, StoreModule } from '../store.entity';
import { plainRows } from '../../../engine/database/sql';

export const ALL_MODULES: StoreModule[] = ['PRODUCT_LISTING', 'ORDERS', 'FINANCE'];

@Injectable()
export class StoreService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
    private readonly loaders: RequestLoaders,
    private readonly sellerEntities: SellerEntityService,
  ) {}

  async add(input: AddStoreInput): Promise<StoreEntity> {
    const { now } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const entity = await this.sellerEntities.findForUpdate(manager, input.sellerEntityId);
      const store = manager.create(StoreEntity, {
        agencyId: this.tenantContext.agencyId,
        sellerEntityId: entity.id,
        site: input.site,
        shopName: input.shopName.trim(),
        lazadaSellerId: normalizeIdentifier(input.lazadaSellerId),
        categories: cleanList(input.categories),
        status: 'ACTIVE',
        restrictedModules: [],
        freezeUntil: null,
        statusChangedAt: now,
      });
      try {
        await manager.save(store);
      } catch (error) {
        if (isUniqueViolation(error, 'UQ_stores_agency_site_seller')) {
          throw DomainException.conflict(
            'This Lazada seller id already has a store on this site.',
            [
              {
                field: 'lazadaSellerId',
                code: 'TAKEN',
                message: `is already registered on ${input.site}`,
              },
            ],
          );
        }
        throw error;
      }
      await this.audit.record({
        action: 'store.add',
        subjectType: 'Store',
        sellerEntityId: store.sellerEntityId,
        subjectId: store.id,
        changes: {
          sellerEntityId: entity.id,
          site: store.site,
          shopName: store.shopName,
          lazadaSellerId: store.lazadaSellerId,
        },
      });
      return store;
    });
  }

  async updateStatus(input: UpdateStoreStatusInput): Promise<StoreEntity> {
    const { now } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const store = await manager.findOne(StoreEntity, {
        where: { id: assertId(input.storeId, 'Store') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!store) throw DomainException.notFound('Store');
      const before = {
        status: store.status,
        restrictedModules: store.restrictedModules,
        freezeUntil: store.freezeUntil,
      };
      const held = isHeldStoreStatus(input.status);
      store.restrictedModules = held ? [...new Set(input.restrictedModules ?? ALL_MODULES)] : [];
      store.freezeUntil = held ? (input.freezeUntil ?? null) : null;
      if (store.status !== input.status) store.statusChangedAt = now;
      store.status = input.status;
      await manager.save(store);
      await this.audit.record({
        action: 'store.updateStatus',
        subjectType: 'Store',
        sellerEntityId: store.sellerEntityId,
        subjectId: store.id,
        changes: {
          from: before,
          to: {
            status: store.status,
            restrictedModules: store.restrictedModules,
            freezeUntil: store.freezeUntil,
          },
        },
      });
      return store;
    });
  }

  /** A case opened on a site: that store, if ACTIVE, becomes RESTRICTED with every module held. */
  async restrictForCase(
    manager: EntityManager,
    sellerEntityId: string,
    site: string,
    now: Date,
  ): Promise<StoreEntity[]> {
    const stores = await manager.find(StoreEntity, {
      where: { sellerEntityId, site: site as StoreEntity['site'], status: 'ACTIVE' },
    });
    for (const store of stores) {
      await manager.update(
        StoreEntity,
        { id: store.id },
        { status: 'RESTRICTED', restrictedModules: ALL_MODULES, statusChangedAt: now },
      );
    }
    return stores;
  }

  /** A pass syncs to every store of the entity on every site: held stores become ACTIVE again. */
  async restoreAll(manager: EntityManager, sellerEntityId: string, now: Date): Promise<number> {
    const result = await manager.update(
      StoreEntity,
      { sellerEntityId, status: In([...HELD_STORE_STATUSES]) },
      { status: 'ACTIVE', restrictedModules: [], freezeUntil: null, statusChangedAt: now },
    );
    return result.affected ?? 0;
  }

  /** A failed call extends the freeze of the entity's held stores to max(current, call) + hours. */
  async extendFreezes(
    manager: EntityManager,
    sellerEntityId: string,
    occurredAt: Date,
    hours: number,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(StoreEntity)
      .set({
        freezeUntil: () => extendedFreezeUntilSql('freeze_until', ':occurredAt', ':hours'),
      })
      .where(`seller_entity_id = :sellerEntityId AND ${heldStoreSql()}`, { sellerEntityId })
      .setParameters({ occurredAt, hours })
      .execute();
  }

  load(id: string): Promise<StoreEntity | null> {
    return this.loaders.load('store:byId', id, (ids) =>
      this.db.transaction(async (manager) =>
        byKey(
          ids,
          await plainRows(manager, StoreEntity, 's', 'WHERE s.id = ANY($1)', [[...ids]]),
          (row) => row.id,
        ),
      ),
    );
  }

  /** The entity's stores if this request has loaded them already (a page's preload). */
  loadedByEntity(sellerEntityId: string): StoreEntity[] | undefined {
    return this.loaders.known('store:byEntity', sellerEntityId);
  }

  loadByEntity(sellerEntityId: string): Promise<StoreEntity[]> {
    return this.loaders.load('store:byEntity', sellerEntityId, (ids) =>
      this.db.transaction(async (manager) =>
        groupBy(
          ids,
          await plainRows(
            manager,
            StoreEntity,
            's',
            'WHERE s.seller_entity_id = ANY($1) ORDER BY s.site, s.shop_name',
            [ids],
          ),
          (row) => row.sellerEntityId,
        ),
      ),
    );
  }
}
