import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CalendarFeedObject } from './calendar-feed.object';
import { CalendarFeedService } from './services/calendar-feed.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedObject, {
    description: "The signed-in member's calendar feed, created on first read.",
  })
  calendarFeed(): Promise<CalendarFeedObject> {
    return this.feeds.feed();
  }

  @Mutation(() => CalendarFeedObject, {
    description: 'A new calendar URL for the signed-in member; the old one answers 404 at once.',
  })
  rotateCalendarFeed(): Promise<CalendarFeedObject> {
    return this.feeds.rotate();
  }
}
