import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CONNECTION_NODES, requestedFields } from '../../engine/graphql/lookahead';
import { PageArgs } from '../../engine/graphql/pagination';
import { ImpactFilter } from './dtos/impact-filter.input';
import { AffectedStoreConnection, PortfolioSummaryObject } from './impact.object';
import { ImpactService } from './services/impact.service';

@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Query(() => AffectedStoreConnection, {
    description:
      'Stores with a reason to act, most urgent first (overdue and restricted, then earliest due).',
  })
  affectedStores(
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => ImpactFilter, nullable: true }) filter?: ImpactFilter,
  ) {
    return this.impact.affectedStores(
      filter ?? {},
      page,
      requestedFields(info, [...CONNECTION_NODES, 'store']),
    );
  }

  @Query(() => PortfolioSummaryObject, {
    description: "Counts for the overview; expiries within the agency's window by default.",
  })
  portfolioSummary(@Args('withinDays', { type: () => Int, nullable: true }) withinDays?: number) {
    return this.impact.summary(withinDays);
  }
}
