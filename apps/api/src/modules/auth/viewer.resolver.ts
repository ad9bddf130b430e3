import { ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyObject } from '../agency/agency.object';
import { ApiKeyObject } from '../api-key/api-key.object';
import { UserObject } from '../user/user.object';
import { ViewerService } from './services/viewer.service';
import { ViewerObject } from './viewer.object';

@Resolver(() => ViewerObject)
export class ViewerResolver {
  constructor(private readonly viewers: ViewerService) {}

  @ResolveField(() => UserObject, {
    description: 'The signed-in user; for an API key, the member who created it.',
  })
  async user(viewer: ViewerObject): Promise<UserObject> {
    return (await this.viewers.rowsOf(viewer)).user;
  }

  @ResolveField(() => AgencyObject)
  async agency(viewer: ViewerObject): Promise<AgencyObject> {
    return (await this.viewers.rowsOf(viewer)).agency;
  }

  @ResolveField(() => ApiKeyObject, {
    nullable: true,
    description: 'Set when the caller is an API key.',
  })
  async apiKey(viewer: ViewerObject): Promise<ApiKeyObject | null> {
    return (await this.viewers.rowsOf(viewer)).apiKey;
  }

  /** Looked up only when asked for (a system-role lookup the dashboard's `me` does not need). */
  @ResolveField(() => [AgencyObject], { description: 'Every agency this user belongs to.' })
  async agencies(viewer: ViewerObject): Promise<AgencyObject[]> {
    const { memberUserId, agency } = await this.viewers.rowsOf(viewer);
    return memberUserId ? this.viewers.agenciesOf(memberUserId) : [agency];
  }
}
