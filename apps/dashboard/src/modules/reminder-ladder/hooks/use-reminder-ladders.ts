import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { DocumentType } from '../../../generated/graphql';
import { REMINDER_LADDERS, UPDATE_REMINDER_LADDER } from '../graphql/reminder-ladder.operations';
import { evictDigestPreview } from '../../apollo/utils/cache-eviction';

export const useReminderLadders = () => {
  const { data, loading, error } = useQuery(REMINDER_LADDERS);
  return { ladders: data?.reminderLadders ?? null, loading, error };
};

export const useUpdateReminderLadder = () => {
  const [mutate] = useMutation(UPDATE_REMINDER_LADDER, {
    update: (cache, { data }) => {
      if (!data) return;
      const saved = data.updateReminderLadder;
      // Ladders have no id: replace this document type's row in the list.
      cache.updateQuery({ query: REMINDER_LADDERS }, (current) =>
        current
          ? {
              ...current,
              reminderLadders: current.reminderLadders.map((ladder) =>
                ladder.documentType === saved.documentType ? saved : ladder,
              ),
            }
          : current,
      );
      // The ladder decides which documents the digest brings up again.
      evictDigestPreview(cache);
    },
  });
  /** An empty `days` restores the default ladder. */
  const updateLadder = useCallback(
    async (documentType: DocumentType, days: number[]) => {
      const { data } = await mutate({ variables: { input: { documentType, days } } });
      if (!data) throw new Error('updateReminderLadder returned no data');
      return data.updateReminderLadder;
    },
    [mutate],
  );
  return { updateLadder };
};
