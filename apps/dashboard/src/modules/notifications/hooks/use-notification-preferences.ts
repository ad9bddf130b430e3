import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateNotificationPreferencesInput } from '../../../generated/graphql';
import {
  NOTIFICATION_PREFERENCES,
  UPDATE_NOTIFICATION_PREFERENCES,
} from '../graphql/notifications.operations';
import { evictDigestPreview } from '../../apollo/utils/cache-eviction';

export const useNotificationPreferences = () => {
  const { data, loading, error } = useQuery(NOTIFICATION_PREFERENCES);
  return { preferences: data?.notificationPreferences ?? null, loading, error };
};

export const useUpdateNotificationPreferences = () => {
  const [mutate, { loading }] = useMutation(UPDATE_NOTIFICATION_PREFERENCES, {
    update: (cache, { data }) => {
      if (!data) return;
      // The preferences have no id of their own: write the answer over the query's copy.
      cache.writeQuery({
        query: NOTIFICATION_PREFERENCES,
        data: { notificationPreferences: data.updateNotificationPreferences },
      });
      // Muted alerts and the frequency change what the digest preview says.
      evictDigestPreview(cache);
    },
  });
  const updatePreferences = useCallback(
    async (input: UpdateNotificationPreferencesInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateNotificationPreferences returned no data');
      return data.updateNotificationPreferences;
    },
    [mutate],
  );
  return { updatePreferences, loading };
};
