import { graphql } from '../../../generated';

export const CALENDAR_FEED = graphql(`
  query CalendarFeed {
    calendarFeed {
      url
      createdAt
    }
  }
`);

export const ROTATE_CALENDAR_FEED = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed {
      url
      createdAt
    }
  }
`);
