import {
  App,
  Button,
  Flex,
  Grid,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { NotificationChannelFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useChannelMutations } from '../hooks/use-notification-channels';
import { orderedEvents } from '../utils/channel-events';
import { ChannelHealth } from './channel-health';
import { ChannelKindTag } from './channel-kind-tag';

type Channel = NotificationChannelFieldsFragment;

type ChannelsTableProps = {
  channels: Channel[];
  loading: boolean;
  canManage: (channel: Channel) => boolean;
  /** The channel whose test message is on its way. */
  testingId: string | null;
  onTest: (channel: Channel) => void;
  onEdit: (channel: Channel) => void;
  onOpenLog: (channel: Channel) => void;
};

const SHOWN_EVENTS = 3;

const ChannelEvents = ({ channel }: { channel: Channel }) => {
  const { t } = useTranslation();
  const events = orderedEvents(channel.events);
  const names = events.map((event) => t(`channels.eventNames.${event}`));
  return (
    <Tooltip title={names.join('、')}>
      <Flex wrap gap={4}>
        {names.slice(0, SHOWN_EVENTS).map((name) => (
          <Tag key={name} style={{ marginInlineEnd: 0 }}>
            {name}
          </Tag>
        ))}
        {names.length > SHOWN_EVENTS ? (
          <Tag style={{ marginInlineEnd: 0 }}>
            {t('channels.list.moreEvents', { count: names.length - SHOWN_EVENTS })}
          </Tag>
        ) : null}
      </Flex>
    </Tooltip>
  );
};

const ChannelScope = ({ channel }: { channel: Channel }) => {
  const { t } = useTranslation();
  return channel.manager ? (
    <span>{t('channels.scope.manager', { name: channel.manager.user.name })}</span>
  ) : (
    <span>{t('channels.scope.agency')}</span>
  );
};

export const ChannelsTable = ({
  channels,
  loading,
  canManage,
  testingId,
  onTest,
  onEdit,
  onOpenLog,
}: ChannelsTableProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const { deleteChannel } = useChannelMutations();
  const anyManaged = channels.some(canManage);

  const onDelete = async (channel: Channel) => {
    try {
      await deleteChannel(channel.id);
      void message.success(t('channels.list.deleted', { name: channel.name }));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  const columns: TableColumnsType<Channel> = [
    {
      title: t('channels.list.channel'),
      key: 'channel',
      render: (_, channel) => (
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <ChannelKindTag kind={channel.kind} />
            <Typography.Text strong>{channel.name}</Typography.Text>
          </Flex>
          <Typography.Text
            code
            style={{ fontSize: 12, wordBreak: 'break-all' }}
            data-testid="channel-target"
          >
            {channel.targetHint}
          </Typography.Text>
          {narrow ? (
            <>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                <ChannelScope channel={channel} /> ·{' '}
                {t('channels.list.eventCount', { count: channel.events.length })}
              </Typography.Text>
              <ChannelHealth channel={channel} editable={canManage(channel)} />
              {actions(channel)}
            </>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('channels.list.events'),
      key: 'events',
      width: 260,
      responsive: ['md'],
      render: (_, channel) => <ChannelEvents channel={channel} />,
    },
    {
      title: t('channels.list.scope'),
      key: 'scope',
      width: 150,
      responsive: ['lg'],
      render: (_, channel) => <ChannelScope channel={channel} />,
    },
    {
      title: t('channels.list.health'),
      key: 'health',
      width: 220,
      responsive: ['md'],
      render: (_, channel) => <ChannelHealth channel={channel} editable={canManage(channel)} />,
    },
  ];

  const actions = (channel: Channel) =>
    canManage(channel) ? (
      <Flex wrap gap={4} align="center">
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0, marginInlineEnd: 8 }}
          loading={testingId === channel.id}
          onClick={() => onTest(channel)}
        >
          {t('channels.list.test')}
        </Button>
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0, marginInlineEnd: 8 }}
          onClick={() => onOpenLog(channel)}
        >
          {t('channels.list.log')}
        </Button>
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0, marginInlineEnd: 8 }}
          onClick={() => onEdit(channel)}
        >
          {t('channels.list.edit')}
        </Button>
        <Popconfirm
          title={t('channels.list.deleteConfirmTitle', { name: channel.name })}
          description={t('channels.list.deleteConfirmDescription')}
          okText={t('channels.list.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onDelete(channel)}
        >
          <Button type="link" size="small" danger style={{ paddingInline: 0 }}>
            {t('channels.list.delete')}
          </Button>
        </Popconfirm>
      </Flex>
    ) : null;

  // On a phone one column holds it all, the actions under the channel, so the target can break
  // over the whole width.
  if (anyManaged && !narrow) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, channel) => actions(channel),
    });
  }

  return (
    <Table<Channel>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={channels}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('channels.list.empty') }}
    />
  );
};
