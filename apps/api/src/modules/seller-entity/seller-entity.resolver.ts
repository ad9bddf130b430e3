import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { PageArgs } from '../../engine/graphql/pagination';
import { toMemberObject } from '../member/member.mapper';
import { MemberObject } from '../member/member.object';
import {
  CreateSellerEntityInput,
  SellerEntityFilter,
  UpdateSellerEntityInput,
} from './dtos/seller-entity.inputs';
import { SellerEntityConnection, SellerEntityObject } from './seller-entity.object';
import { EntityScopeRegistry } from './services/entity-scope.registry';
import { SellerEntityService } from './services/seller-entity.service';

@Resolver(() => SellerEntityObject)
export class SellerEntityResolver {
  constructor(
    private readonly sellerEntityService: SellerEntityService,
    private readonly scopes: EntityScopeRegistry,
  ) {}

  @Query(() => SellerEntityConnection, {
    description: 'Newest first; archived ones only with includeArchived.',
  })
  async sellerEntities(
    @Args() page: PageArgs,
    @Args('filter', { type: () => SellerEntityFilter, nullable: true }) filter?: SellerEntityFilter,
  ) {
    return this.sellerEntityService.list(
      filter ?? {},
      page,
      await this.scopes.scopesFor(filter ?? {}),
    );
  }

  @Query(() => SellerEntityObject)
  sellerEntity(@Args('id', { type: () => ID }) id: string) {
    return this.sellerEntityService.get(id);
  }

  @Access('writer')
  @Mutation(() => SellerEntityObject)
  createSellerEntity(@Args('input') input: CreateSellerEntityInput) {
    return this.sellerEntityService.create(input);
  }

  @Access('writer')
  @Mutation(() => SellerEntityObject)
  updateSellerEntity(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSellerEntityInput,
  ) {
    return this.sellerEntityService.update(id, input);
  }

  @Access('writer')
  @Mutation(() => SellerEntityObject)
  archiveSellerEntity(@Args('id', { type: () => ID }) id: string) {
    return this.sellerEntityService.archive(id);
  }

  @ResolveField(() => MemberObject, { nullable: true, description: 'The account manager.' })
  async manager(entity: SellerEntityObject): Promise<MemberObject | null> {
    if (!entity.managerId) return null;
    const membership = await this.sellerEntityService.loadManager(entity.managerId);
    return membership ? toMemberObject(membership) : null;
  }
}
