import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { PageArgs } from '../../engine/graphql/pagination';
import {
  DeliveryConnection,
  NotificationPreferencesObject,
  ReminderLadderObject,
  UpdateNotificationPreferencesInput,
  UpdateReminderLadderInput,
} from './notification.objects';
import { NotificationSettingsService } from './services/notification-settings.service';

@Resolver()
export class NotificationResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationPreferencesObject, {
    description: "The signed-in member's digest and alert settings.",
  })
  notificationPreferences(): Promise<NotificationPreferencesObject> {
    return this.settings.preferences();
  }

  @Mutation(() => NotificationPreferencesObject)
  updateNotificationPreferences(
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferencesObject> {
    return this.settings.updatePreferences(input);
  }

  @Query(() => DeliveryConnection, {
    description: 'Emails for the viewer, newest first (readable here when no SMTP server is set).',
  })
  myDeliveries(@Args() page: PageArgs) {
    return this.settings.deliveries(page);
  }

  @Query(() => [ReminderLadderObject], {
    description: 'The reminder ladder of every document type.',
  })
  reminderLadders(): Promise<ReminderLadderObject[]> {
    return this.settings.reminderLadders();
  }

  @Access('admin')
  @Mutation(() => ReminderLadderObject)
  updateReminderLadder(
    @Args('input') input: UpdateReminderLadderInput,
  ): Promise<ReminderLadderObject> {
    return this.settings.updateReminderLadder(input);
  }
}
