import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { QUEUE_BOARD_URL } from '../graphql/queue-board.operations';

/** Asks for a one-minute link to the queue board; nothing in the cache changes. */
export const useQueueBoardUrl = () => {
  const [mutate, { loading }] = useMutation(QUEUE_BOARD_URL);
  const requestUrl = useCallback(async () => {
    const { data } = await mutate();
    if (!data) throw new Error('queueBoardUrl returned no data');
    return data.queueBoardUrl;
  }, [mutate]);
  return { requestUrl, loading };
};
