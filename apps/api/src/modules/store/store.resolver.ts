import { OnModuleInit } from '@nestjs/common';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { SellerEntityObject } from '../seller-entity/seller-entity.object';
import { EntityRelationsRegistry } from '../seller-entity/services/entity-relations.registry';
import { VerificationCaseObject } from '../verification-case/verification-case.object';
import { AddStoreInput, UpdateStoreStatusInput } from './dtos/store.inputs';
import { StoreService } from './services/store.service';
import { StoreObject } from './store.object';

@Resolver(() => StoreObject)
export class StoreResolver {
  constructor(private readonly storeService: StoreService) {}

  @Access('writer')
  @Mutation(() => StoreObject)
  addStore(@Args('input') input: AddStoreInput) {
    return this.storeService.add(input);
  }

  @Access('writer')
  @Mutation(() => StoreObject)
  updateStoreStatus(@Args('input') input: UpdateStoreStatusInput) {
    return this.storeService.updateStatus(input);
  }
}

@Resolver(() => SellerEntityObject)
export class SellerEntityStoresResolver implements OnModuleInit {
  constructor(
    private readonly storeService: StoreService,
    private readonly relations: EntityRelationsRegistry,
  ) {}

  onModuleInit() {
    this.relations.register('stores', (entities) =>
      Promise.all(entities.map((entity) => this.storeService.loadByEntity(entity.id))),
    );
  }

  @ResolveField(() => [StoreObject], { description: 'Every store of the entity, on every site.' })
  stores(entity: SellerEntityObject) {
    return this.storeService.loadedByEntity(entity.id) ?? this.storeService.loadByEntity(entity.id);
  }
}

@Resolver(() => VerificationCaseObject)
export class VerificationCaseStoresResolver {
  constructor(private readonly storeService: StoreService) {}

  @ResolveField(() => [StoreObject], {
    description: 'A pass syncs to every store of the entity, on every site.',
  })
  affectedStores(verificationCase: VerificationCaseObject) {
    return this.storeService.loadByEntity(verificationCase.sellerEntityId);
  }
}
