import { useQuery } from '@apollo/client/react';
import { CHANNEL_DELIVERIES } from '../graphql/channels.operations';

export const CHANNEL_DELIVERIES_PAGE_SIZE = 10;

/** One channel's delivery log, newest first, a page at a time. */
export const useChannelDeliveries = (channelId: string | null, after: string | null) => {
  const { data, previousData, loading, error, refetch } = useQuery(CHANNEL_DELIVERIES, {
    variables: { first: CHANNEL_DELIVERIES_PAGE_SIZE, after },
    skip: !channelId,
  });
  const channel = (data ?? previousData)?.notificationChannels.find(
    (candidate) => candidate.id === channelId,
  );
  const connection = channel?.deliveries;
  return {
    deliveries: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? null,
    loading,
    error,
    refetch,
  };
};
