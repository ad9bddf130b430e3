import { graphql } from '../../../generated';

export const NOTIFICATION_CHANNEL_FIELDS = graphql(`
  fragment NotificationChannelFields on NotificationChannel {
    id
    kind
    name
    targetHint
    events
    locale
    manager {
      id
      user {
        id
        name
      }
    }
    enabled
    disabledReason
    consecutiveFailures
    lastDeliveryAt
    createdAt
  }
`);

export const CHANNEL_DELIVERY_FIELDS = graphql(`
  fragment ChannelDeliveryFields on ChannelDelivery {
    id
    event
    status
    attempts
    responseStatus
    lastError
    createdAt
    sentAt
    payload
  }
`);

export const NOTIFICATION_CHANNELS = graphql(`
  query NotificationChannels {
    notificationChannels {
      ...NotificationChannelFields
    }
  }
`);

// The API reaches a channel's deliveries only through the list (there is no channel-by-id query);
// the page asked for is the one channel's that the drawer shows.
export const CHANNEL_DELIVERIES = graphql(`
  query ChannelDeliveries($first: Int, $after: String) {
    notificationChannels {
      id
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            ...ChannelDeliveryFields
          }
        }
      }
    }
  }
`);

export const CREATE_NOTIFICATION_CHANNEL = graphql(`
  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      signingSecret
      channel {
        ...NotificationChannelFields
      }
    }
  }
`);

export const UPDATE_NOTIFICATION_CHANNEL = graphql(`
  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {
    updateNotificationChannel(id: $id, input: $input) {
      ...NotificationChannelFields
    }
  }
`);

export const DELETE_NOTIFICATION_CHANNEL = graphql(`
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`);

export const TEST_NOTIFICATION_CHANNEL = graphql(`
  mutation TestNotificationChannel($id: ID!) {
    testNotificationChannel(id: $id) {
      ...ChannelDeliveryFields
    }
  }
`);

export const REDELIVER_CHANNEL_DELIVERY = graphql(`
  mutation RedeliverChannelDelivery($id: ID!) {
    redeliverChannelDelivery(id: $id) {
      ...ChannelDeliveryFields
    }
  }
`);
