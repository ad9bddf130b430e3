import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed')
export class CalendarFeedObject {
  @Field({
    description:
      'The secret iCalendar URL (`…/calendar/<token>.ics`); anyone holding it reads the calendar.',
  })
  url: string;

  @Field()
  createdAt: Date;
}
