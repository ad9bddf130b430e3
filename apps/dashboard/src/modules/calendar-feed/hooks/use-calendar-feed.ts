import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { CALENDAR_FEED, ROTATE_CALENDAR_FEED } from '../graphql/calendar-feed.operations';

/** The viewer's calendar feed (the server creates it on first read). */
export const useCalendarFeed = () => {
  // Always asked afresh: the URL may have been reset from another browser.
  const { data, loading, error } = useQuery(CALENDAR_FEED, { fetchPolicy: 'network-only' });
  return { feed: data?.calendarFeed ?? null, loading, error };
};

export const useRotateCalendarFeed = () => {
  const [mutate, { loading }] = useMutation(ROTATE_CALENDAR_FEED, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({ query: CALENDAR_FEED, data: { calendarFeed: data.rotateCalendarFeed } });
    },
  });
  const rotate = useCallback(async () => {
    const { data } = await mutate();
    if (!data) throw new Error('rotateCalendarFeed returned no data');
    return data.rotateCalendarFeed;
  }, [mutate]);
  return { rotate, loading };
};
