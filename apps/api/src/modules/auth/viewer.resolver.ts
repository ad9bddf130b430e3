import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyObject } from '../agency/agency.object';
import { ViewerService } from './services/viewer.service';
import { ViewerObject } from './viewer.object';

@Resolver(() => ViewerObject)
export class ViewerResolver {
  constructor(private readonly viewers: ViewerService) {}

  /** Looked up only when asked for (a system-role lookup the dashboard's `me` does not need). */
  @ResolveField(() => [AgencyObject], { description: 'Every agency this user belongs to.' })
  async agencies(@Parent() viewer: ViewerObject): Promise<AgencyObject[]> {
    return viewer.memberUserId ? this.viewers.agenciesOf(viewer.memberUserId) : [viewer.agency];
  }
}
