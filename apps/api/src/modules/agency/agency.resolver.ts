import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { AgencyEntity } from './agency.entity';
import { AgencyObject } from './agency.object';
import { UpdateAgencyInput } from './dtos/update-agency.input';
import { ExpiryWeekObject } from './expiry-week.object';
import { AgencyDeletionService } from './services/agency-deletion.service';
import { AgencyService } from './services/agency.service';

@Resolver(() => AgencyObject)
export class AgencyResolver {
  constructor(
    private readonly agencies: AgencyService,
    private readonly deletion: AgencyDeletionService,
  ) {}

  @Access('admin')
  @Mutation(() => Boolean, {
    description: "OWNER only; confirmName must equal the agency's name. Irreversible.",
  })
  async deleteAgency(@Args('confirmName') confirmName: string): Promise<boolean> {
    await this.deletion.delete(confirmName);
    return true;
  }

  @Access('admin')
  @Mutation(() => AgencyObject, {
    description: "The agency's name, time zone and expiry warning window.",
  })
  updateAgency(@Args('input') input: UpdateAgencyInput): Promise<AgencyEntity> {
    return this.agencies.update(input);
  }

  @Query(() => [ExpiryWeekObject], {
    description: 'Expiries per week from this week on, for the overview chart.',
  })
  documentExpiryWeeks(
    @Args('weeks', { type: () => Int, nullable: true }) weeks?: number,
  ): Promise<ExpiryWeekObject[]> {
    return this.agencies.expiryWeeks(weeks);
  }
}
