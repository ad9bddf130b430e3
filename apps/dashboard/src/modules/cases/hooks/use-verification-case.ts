import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { isLiveLink } from '../../guest-links/utils/link-state';
import { VERIFICATION_CASE } from '../graphql/cases.operations';

// While the representative holds a live call-prep link, their ticks and answer arrive by polling.
const LIVE_LINK_POLL_MS = 15_000;

export const useVerificationCase = (id: string) => {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(VERIFICATION_CASE, {
    variables: { id },
  });
  const link = data?.verificationCase?.callPrepLink ?? null;
  const live = link ? isLiveLink(link, new Date()) : false;
  useEffect(() => {
    if (!live) return;
    startPolling(LIVE_LINK_POLL_MS);
    return () => stopPolling();
  }, [live, startPolling, stopPolling]);
  return { verificationCase: data?.verificationCase ?? null, loading, error, refetch };
};
