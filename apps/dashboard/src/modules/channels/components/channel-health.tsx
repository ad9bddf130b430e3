import { App, Flex, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationChannelFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useChannelMutations } from '../hooks/use-notification-channels';

type ChannelHealthProps = { channel: NotificationChannelFieldsFragment; editable: boolean };

/**
 * On or off (a switch for whoever may change the channel), why it was switched off, the failures
 * in a row and the last delivery, in the reader's time zone.
 */
export const ChannelHealth = ({ channel, editable }: ChannelHealthProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const { updateChannel } = useChannelMutations();
  const [switching, setSwitching] = useState(false);

  const onToggle = async (enabled: boolean) => {
    setSwitching(true);
    try {
      await updateChannel(channel.id, { enabled });
      void message.success(
        t(enabled ? 'channels.health.enabledDone' : 'channels.health.disabledDone', {
          name: channel.name,
        }),
      );
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Flex vertical gap={4} data-testid="channel-health">
      {editable ? (
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            checked={channel.enabled}
            loading={switching}
            onChange={(enabled) => void onToggle(enabled)}
            aria-label={t('channels.health.switch', { name: channel.name })}
          />
          <Typography.Text>
            {t(channel.enabled ? 'channels.health.enabled' : 'channels.health.disabled')}
          </Typography.Text>
        </Flex>
      ) : (
        <div>
          <Tag color={channel.enabled ? 'green' : 'default'}>
            {t(channel.enabled ? 'channels.health.enabled' : 'channels.health.disabled')}
          </Tag>
        </div>
      )}
      {!channel.enabled && channel.disabledReason ? (
        <Typography.Text type="danger" style={{ fontSize: 13 }}>
          {channel.disabledReason}
        </Typography.Text>
      ) : null}
      {channel.consecutiveFailures > 0 ? (
        <Typography.Text type="warning" style={{ fontSize: 13 }}>
          {t('channels.health.failures', { count: channel.consecutiveFailures })}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {channel.lastDeliveryAt
          ? t('channels.health.lastDelivery', { time: formatDateTime(channel.lastDeliveryAt) })
          : t('channels.health.neverDelivered')}
      </Typography.Text>
    </Flex>
  );
};
