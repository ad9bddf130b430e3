import { OnModuleInit } from '@nestjs/common';
import { Args, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../engine/auth/access.decorator';
import { CONNECTION_NODES, requestedFields } from '../../engine/graphql/lookahead';
import { PageArgs } from '../../engine/graphql/pagination';
import { toMemberObject } from '../member/member.mapper';
import { MemberObject } from '../member/member.object';
import {
  CreateSellerEntityInput,
  SellerEntityFilter,
  UpdateSellerEntityInput,
} from './dtos/seller-entity.inputs';
import { SellerEntityConnection, SellerEntityObject } from './seller-entity.object';
import { EntityRelationsRegistry } from './services/entity-relations.registry';
import { EntityScopeRegistry } from './services/entity-scope.registry';
import { SellerEntityService } from './services/seller-entity.service';

@Resolver(() => SellerEntityObject)
export class SellerEntityResolver implements OnModuleInit {
  constructor(
    private readonly sellerEntityService: SellerEntityService,
    private readonly scopes: EntityScopeRegistry,
    private readonly relations: EntityRelationsRegistry,
  ) {}

  onModuleInit() {
    this.relations.register('manager', (entities) =>
      this.sellerEntityService.preloadManagers(entities.map((entity) => entity.managerId)),
    );
  }

  @Query(() => SellerEntityConnection, {
    description: 'Newest first; archived ones only with includeArchived.',
  })
  async sellerEntities(
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => SellerEntityFilter, nullable: true }) filter?: SellerEntityFilter,
  ) {
    const listed = await this.sellerEntityService.list(
      filter ?? {},
      page,
      await this.scopes.scopesFor(filter ?? {}),
    );
    // The relations the query asks for, for the whole page, before its rows resolve.
    await this.relations.preload(
      requestedFields(info, CONNECTION_NODES),
      listed.edges.map((edge) => edge.node),
    );
    return listed;
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
  manager(entity: SellerEntityObject): MemberObject | null | Promise<MemberObject | null> {
    if (!entity.managerId) return null;
    const membership = this.sellerEntityService.loadedManager(entity.managerId);
    if (membership) return toMemberObject(membership);
    return this.sellerEntityService
      .loadManager(entity.managerId)
      .then((loaded) => (loaded ? toMemberObject(loaded) : null));
  }
}
