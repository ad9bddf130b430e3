import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarFeedService } from './services/calendar-feed.service';

/** The calendar feed (issue 14): a member's secret iCalendar URL and the .ics it serves. */
@Module({
  providers: [CalendarFeedService, CalendarResolver],
  controllers: [CalendarController],
})
export class CalendarModule {}
