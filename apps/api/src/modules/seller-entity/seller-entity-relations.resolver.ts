import { ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentObject } from '../document/document.object';
import { RepresentativeObject } from '../representative/representative.object';
import { StoreObject } from '../store/store.object';
import { VerificationCaseObject } from '../verification-case/verification-case.object';
import { SellerEntityObject } from './seller-entity.object';
import { SellerEntityService } from './services/seller-entity.service';

type BelongsToEntity = { sellerEntityId: string };

/** The row's entity: at once when its page preloaded it, else batched with the page's others. */
function owner(service: SellerEntityService, child: BelongsToEntity) {
  return service.loaded(child.sellerEntityId) ?? load(service, child);
}

async function load(service: SellerEntityService, child: BelongsToEntity) {
  const entity = await service.load(child.sellerEntityId);
  if (!entity) throw new Error('A record points at a missing seller entity');
  return entity;
}

@Resolver(() => RepresentativeObject)
export class RepresentativeEntityResolver {
  constructor(private readonly sellerEntities: SellerEntityService) {}

  @ResolveField(() => SellerEntityObject)
  sellerEntity(child: BelongsToEntity) {
    return owner(this.sellerEntities, child);
  }
}

@Resolver(() => StoreObject)
export class StoreEntityResolver {
  constructor(private readonly sellerEntities: SellerEntityService) {}

  @ResolveField(() => SellerEntityObject)
  sellerEntity(child: BelongsToEntity) {
    return owner(this.sellerEntities, child);
  }
}

@Resolver(() => DocumentObject)
export class DocumentEntityResolver {
  constructor(private readonly sellerEntities: SellerEntityService) {}

  @ResolveField(() => SellerEntityObject)
  sellerEntity(child: BelongsToEntity) {
    return owner(this.sellerEntities, child);
  }
}

@Resolver(() => VerificationCaseObject)
export class VerificationCaseEntityResolver {
  constructor(private readonly sellerEntities: SellerEntityService) {}

  @ResolveField(() => SellerEntityObject)
  sellerEntity(child: BelongsToEntity) {
    return owner(this.sellerEntities, child);
  }
}
