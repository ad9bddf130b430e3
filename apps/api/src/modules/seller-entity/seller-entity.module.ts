import { Module } from '@nestjs/common';
import {
  DocumentEntityResolver,
  RepresentativeEntityResolver,
  StoreEntityResolver,
  VerificationCaseEntityResolver,
} from './seller-entity-relations.resolver';
import { SellerEntityResolver } from './seller-entity.resolver';
import { EntityRelationsRegistry } from './services/entity-relations.registry';
import { EntityScopeRegistry } from './services/entity-scope.registry';
import { SellerEntityService } from './services/seller-entity.service';

@Module({
  providers: [
    SellerEntityService,
    EntityScopeRegistry,
    EntityRelationsRegistry,
    SellerEntityResolver,
    RepresentativeEntityResolver,
    StoreEntityResolver,
    DocumentEntityResolver,
    VerificationCaseEntityResolver,
  ],
  exports: [SellerEntityService, EntityScopeRegistry, EntityRelationsRegistry],
})
export class SellerEntityModule {}
