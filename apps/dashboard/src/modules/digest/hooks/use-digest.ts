import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { MY_DIGEST_PREVIEW, SEND_TEST_DIGEST } from '../graphql/digest.operations';

export const useDigestPreview = () => {
  const { data, loading, error, refetch } = useQuery(MY_DIGEST_PREVIEW, {
    fetchPolicy: 'network-only',
  });
  return { digest: data?.digestPreview ?? null, loading, error, refetch };
};

/** Sends the signed-in user's digest now; false when the server has no mail server. */
export const useSendTestDigest = () => {
  // The test lands in my mail history (sent, or stored when there is no mail server).
  const [mutate, { loading }] = useMutation(SEND_TEST_DIGEST, { refetchQueries: ['MyDeliveries'] });
  const sendTestDigest = useCallback(async () => {
    const { data } = await mutate();
    return data?.sendTestDigest ?? false;
  }, [mutate]);
  return { sendTestDigest, loading };
};
