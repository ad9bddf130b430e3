import { graphql } from '../../../generated';

export const NOTIFICATION_PREFERENCES_FIELDS = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    digestEnabled
    digestFrequency
    mutedAlerts
  }
`);

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);
