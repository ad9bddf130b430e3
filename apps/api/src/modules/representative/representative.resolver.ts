import { OnModuleInit } from '@nestjs/common';
import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { SellerEntityObject } from '../seller-entity/seller-entity.object';
import { EntityRelationsRegistry } from '../seller-entity/services/entity-relations.registry';
import { VerificationCaseObject } from '../verification-case/verification-case.object';
import { AddRepresentativeInput } from './dtos/add-representative.input';
import { RepresentativeObject } from './representative.object';
import { RepresentativeService } from './services/representative.service';

@Resolver(() => RepresentativeObject)
export class RepresentativeResolver {
  constructor(private readonly representativeService: RepresentativeService) {}

  @Access('writer')
  @Mutation(() => RepresentativeObject)
  addRepresentative(@Args('input') input: AddRepresentativeInput) {
    return this.representativeService.add(input);
  }

  @Access('admin')
  @Mutation(() => String, {
    description: 'The whole ID number. OWNER and ADMIN only; every reveal is audited.',
  })
  revealIdNumber(@Args('representativeId', { type: () => ID }) representativeId: string) {
    return this.representativeService.reveal(representativeId);
  }
}

@Resolver(() => SellerEntityObject)
export class SellerEntityRepresentativesResolver implements OnModuleInit {
  constructor(
    private readonly representativeService: RepresentativeService,
    private readonly relations: EntityRelationsRegistry,
  ) {}

  onModuleInit() {
    this.relations.register('representatives', (entities) =>
      Promise.all(entities.map((entity) => this.representativeService.loadByEntity(entity.id))),
    );
  }

  @ResolveField(() => [RepresentativeObject])
  representatives(entity: SellerEntityObject) {
    return (
      this.representativeService.loadedByEntity(entity.id) ??
      this.representativeService.loadByEntity(entity.id)
    );
  }
}

@Resolver(() => VerificationCaseObject)
export class VerificationCaseRepresentativeResolver {
  constructor(private readonly representativeService: RepresentativeService) {}

  @ResolveField(() => RepresentativeObject)
  representative(verificationCase: VerificationCaseObject) {
    const id = verificationCase.representativeId;
    return this.representativeService.loaded(id) ?? this.representativeService.get(id);
  }
}
