import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  CreateNotificationChannelInput,
  UpdateNotificationChannelInput,
} from '../../../generated/graphql';
import {
  CREATE_NOTIFICATION_CHANNEL,
  DELETE_NOTIFICATION_CHANNEL,
  NOTIFICATION_CHANNELS,
  REDELIVER_CHANNEL_DELIVERY,
  TEST_NOTIFICATION_CHANNEL,
  UPDATE_NOTIFICATION_CHANNEL,
} from '../graphql/channels.operations';

export const useNotificationChannels = () => {
  const { data, loading, error } = useQuery(NOTIFICATION_CHANNELS);
  return { channels: data?.notificationChannels ?? [], loading, error };
};

/** A send changes the channel's health (last delivery, failures) and adds to its log. */
const afterSend = (cache: ApolloCache, channelId: string) => {
  cache.evict({
    id: cache.identify({ __typename: 'NotificationChannel', id: channelId }),
    fieldName: 'deliveries',
  });
  cache.gc();
};

export const useChannelMutations = () => {
  const [createMutation, { loading: creating }] = useMutation(CREATE_NOTIFICATION_CHANNEL, {
    // The list is oldest first: the new channel goes at its end.
    update: (cache, { data }) => {
      if (!data) return;
      const id = data.createNotificationChannel.channel.id;
      cache.modify<{ notificationChannels: Reference[] }>({
        fields: {
          notificationChannels: (existing, { readField, toReference }) => {
            const created = toReference({ __typename: 'NotificationChannel', id });
            if (!created || existing.some((reference) => readField('id', reference) === id))
              return existing;
            return [...existing, created];
          },
        },
      });
    },
  });
  // The channel comes back whole; normalised by id, its row updates itself.
  const [updateMutation, { loading: updating }] = useMutation(UPDATE_NOTIFICATION_CHANNEL);
  const [deleteMutation] = useMutation(DELETE_NOTIFICATION_CHANNEL);
  const [testMutation] = useMutation(TEST_NOTIFICATION_CHANNEL, {
    refetchQueries: [NOTIFICATION_CHANNELS],
  });
  const [redeliverMutation] = useMutation(REDELIVER_CHANNEL_DELIVERY, {
    refetchQueries: [NOTIFICATION_CHANNELS],
  });

  const createChannel = useCallback(
    async (input: CreateNotificationChannelInput) => {
      const { data } = await createMutation({ variables: { input } });
      if (!data) throw new Error('createNotificationChannel returned no data');
      return data.createNotificationChannel;
    },
    [createMutation],
  );

  const updateChannel = useCallback(
    async (id: string, input: UpdateNotificationChannelInput) => {
      const { data } = await updateMutation({ variables: { id, input } });
      if (!data) throw new Error('updateNotificationChannel returned no data');
      return data.updateNotificationChannel;
    },
    [updateMutation],
  );

  const deleteChannel = useCallback(
    async (id: string) => {
      await deleteMutation({
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'NotificationChannel', id }) });
          cache.gc();
        },
      });
    },
    [deleteMutation],
  );

  /** Sends one test message now and answers with its delivery, already SENT or FAILED. */
  const testChannel = useCallback(
    async (id: string) => {
      const { data } = await testMutation({
        variables: { id },
        update: (cache) => afterSend(cache, id),
      });
      if (!data) throw new Error('testNotificationChannel returned no data');
      return data.testNotificationChannel;
    },
    [testMutation],
  );

  /** The same body again; the delivery's row updates itself (same id). */
  const redeliver = useCallback(
    async (deliveryId: string) => {
      const { data } = await redeliverMutation({ variables: { id: deliveryId } });
      if (!data) throw new Error('redeliverChannelDelivery returned no data');
      return data.redeliverChannelDelivery;
    },
    [redeliverMutation],
  );

  return {
    createChannel,
    updateChannel,
    deleteChannel,
    testChannel,
    redeliver,
    saving: creating || updating,
  };
};
