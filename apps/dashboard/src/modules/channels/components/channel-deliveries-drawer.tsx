import { CopyOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Grid,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ChannelDeliveryFieldsFragment,
  ChannelKind,
  NotificationChannelFieldsFragment,
} from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { CursorPager } from '../../ui/components/cursor-pager';
import { useCursorPages } from '../../ui/hooks/use-cursor-pages';
import { copyText } from '../../ui/utils/copy-text';
import {
  CHANNEL_DELIVERIES_PAGE_SIZE,
  useChannelDeliveries,
} from '../hooks/use-channel-deliveries';
import { useChannelMutations } from '../hooks/use-notification-channels';
import { readablePayload } from '../utils/channel-deliveries';
import { ChannelDeliveryStatusTag } from './channel-delivery-status';
import { PlatformHintText } from './platform-hint';

type Delivery = ChannelDeliveryFieldsFragment;

const DeliveryDetail = ({ delivery, kind }: { delivery: Delivery; kind: ChannelKind }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const onCopy = async () => {
    if (await copyText(delivery.payload)) void message.success(t('common.copied'));
    else void message.error(t('common.copyFailed'));
  };
  return (
    <Flex vertical gap={12} data-testid="delivery-detail">
      <Descriptions column={1} size="small" styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('channels.deliveries.sentAt')}>
          {delivery.sentAt ? formatDateTime(delivery.sentAt) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('channels.deliveries.lastError')}>
          {delivery.lastError ? (
            <>
              <Typography.Text type="danger" style={{ wordBreak: 'break-word' }}>
                {delivery.lastError}
              </Typography.Text>
              <PlatformHintText kind={kind} lastError={delivery.lastError} />
            </>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
          <Typography.Text strong>{t('channels.deliveries.payload')}</Typography.Text>
          <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => void onCopy()}>
            {t('channels.deliveries.copyPayload')}
          </Button>
        </Flex>
        <pre
          data-testid="delivery-payload"
          style={{
            margin: 0,
            maxHeight: 320,
            overflow: 'auto',
            padding: 12,
            background: '#fafafa',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            fontSize: 12,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-all',
          }}
        >
          {readablePayload(delivery.payload)}
        </pre>
      </div>
    </Flex>
  );
};

const DeliveriesLog = ({
  channel,
  canRedeliver,
}: {
  channel: NotificationChannelFieldsFragment;
  canRedeliver: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const pages = useCursorPages(channel.id);
  const { deliveries, totalCount, pageInfo, loading, error } = useChannelDeliveries(
    channel.id,
    pages.after,
  );
  const { redeliver } = useChannelMutations();
  const [redelivering, setRedelivering] = useState<string | null>(null);

  const onRedeliver = async (delivery: Delivery) => {
    setRedelivering(delivery.id);
    try {
      const result = await redeliver(delivery.id);
      if (result.status === 'SENT') {
        void message.success(
          t('channels.deliveries.redelivered', { status: result.responseStatus ?? '—' }),
        );
      } else {
        void message.error(
          t('channels.deliveries.redeliverFailed', { error: result.lastError ?? '—' }),
        );
      }
    } catch (caught) {
      void message.error(describeApiError(t, readApiError(caught)));
    } finally {
      setRedelivering(null);
    }
  };

  const columns: TableColumnsType<Delivery> = [
    {
      title: t('channels.deliveries.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (createdAt: string) => formatDateTime(createdAt),
    },
    {
      title: t('channels.deliveries.event'),
      dataIndex: 'event',
      render: (event: string) => t(`channels.eventNames.${event}`),
    },
    {
      title: t('channels.deliveries.status'),
      key: 'status',
      width: 90,
      render: (_, delivery) => <ChannelDeliveryStatusTag delivery={delivery} />,
    },
    {
      title: t('channels.deliveries.attempts'),
      dataIndex: 'attempts',
      width: 70,
      align: 'right',
    },
    {
      title: t('channels.deliveries.responseStatus'),
      dataIndex: 'responseStatus',
      width: 70,
      align: 'right',
      render: (status: number | null) => <span data-testid="delivery-http">{status ?? '—'}</span>,
    },
  ];
  if (canRedeliver) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, delivery) => (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          loading={redelivering === delivery.id}
          disabled={redelivering !== null && redelivering !== delivery.id}
          onClick={() => void onRedeliver(delivery)}
        >
          {t('channels.deliveries.redeliver')}
        </Button>
      ),
    });
  }

  if (error)
    return <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('channels.deliveries.description')}
      </Typography.Paragraph>
      <Table<Delivery>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={deliveries}
        loading={loading && deliveries.length === 0}
        pagination={false}
        scroll={{ x: 600 }}
        expandable={{
          expandedRowRender: (delivery) => (
            <DeliveryDetail delivery={delivery} kind={channel.kind} />
          ),
        }}
        locale={{ emptyText: t('channels.deliveries.empty') }}
      />
      {totalCount > CHANNEL_DELIVERIES_PAGE_SIZE ? (
        <CursorPager
          page={pages.page}
          pageSize={CHANNEL_DELIVERIES_PAGE_SIZE}
          totalCount={totalCount}
          hasNextPage={pageInfo?.hasNextPage ?? false}
          loading={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(pageInfo?.endCursor)}
        />
      ) : null}
    </>
  );
};

type ChannelDeliveriesDrawerProps = {
  channel: NotificationChannelFieldsFragment | null;
  canRedeliver: boolean;
  onClose: () => void;
};

/** A channel's delivery log: what was sent, what the platform answered, the exact body; redeliver. */
export const ChannelDeliveriesDrawer = ({
  channel,
  canRedeliver,
  onClose,
}: ChannelDeliveriesDrawerProps) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={channel !== null}
      title={t('channels.deliveries.title', { name: channel?.name ?? '' })}
      size={screens.md ? 760 : '100%'}
      onClose={onClose}
      destroyOnHidden
    >
      {channel ? <DeliveriesLog channel={channel} canRedeliver={canRedeliver} /> : null}
    </Drawer>
  );
};
