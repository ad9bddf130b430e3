import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { PageArgs } from '../../engine/graphql/pagination';
import { toMemberObject } from '../member/member.mapper';
import { MemberObject } from '../member/member.object';
import {
  ChannelDeliveryConnection,
  ChannelDeliveryObject,
  CreatedNotificationChannelObject,
  NotificationChannelObject,
} from './channel.objects';
import {
  CreateNotificationChannelInput,
  UpdateNotificationChannelInput,
} from './dtos/channel.inputs';
import { ChannelService } from './services/channel.service';

/** Which channels a caller may change is the service's rule (canManageChannel); VIEWERs read. */
@Resolver(() => NotificationChannelObject)
export class ChannelResolver {
  constructor(private readonly channels: ChannelService) {}

  @Query(() => [NotificationChannelObject])
  notificationChannels() {
    return this.channels.list();
  }

  @Access('writer')
  @Mutation(() => CreatedNotificationChannelObject)
  createNotificationChannel(@Args('input') input: CreateNotificationChannelInput) {
    return this.channels.create(input);
  }

  @Access('writer')
  @Mutation(() => NotificationChannelObject)
  updateNotificationChannel(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNotificationChannelInput,
  ) {
    return this.channels.update(id, input);
  }

  @Access('writer')
  @Mutation(() => Boolean)
  deleteNotificationChannel(@Args('id', { type: () => ID }) id: string) {
    return this.channels.delete(id);
  }

  @Access('writer')
  @Mutation(() => ChannelDeliveryObject)
  testNotificationChannel(@Args('id', { type: () => ID }) id: string) {
    return this.channels.test(id);
  }

  @Access('writer')
  @Mutation(() => ChannelDeliveryObject)
  redeliverChannelDelivery(@Args('id', { type: () => ID }) id: string) {
    return this.channels.redeliver(id);
  }

  @ResolveField(() => MemberObject, {
    nullable: true,
    description: 'Only events about the entities this member manages; null = the whole agency.',
  })
  async manager(channel: NotificationChannelObject): Promise<MemberObject | null> {
    if (!channel.managerId) return null;
    const membership = await this.channels.loadManager(channel.managerId);
    return membership ? toMemberObject(membership) : null;
  }

  @ResolveField(() => ChannelDeliveryConnection)
  deliveries(@Parent() channel: NotificationChannelObject, @Args() page: PageArgs) {
    return this.channels.deliveries(channel.id, page);
  }
}
