import { Alert, Button, Card, Modal, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDeliveriesQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { CursorPager } from '../../ui/components/cursor-pager';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useCursorPages } from '../../ui/hooks/use-cursor-pages';
import { DELIVERIES_PAGE_SIZE, useMyDeliveries } from '../hooks/use-my-deliveries';

type Delivery = MyDeliveriesQuery['myDeliveries']['edges'][number]['node'];

const STATUS_COLORS: Record<string, string> = {
  SENT: 'green',
  STORED: 'blue',
  PENDING: 'default',
  SENDING: 'processing',
  FAILED: 'red',
  SKIPPED: 'default',
};

/** My emails (digests, alerts, tests), readable here even when no mail server sends them. */
export const DeliveriesCard = () => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const pages = useCursorPages('deliveries');
  const { deliveries, totalCount, pageInfo, loading, error } = useMyDeliveries(pages.after);
  const [reading, setReading] = useState<Delivery | null>(null);

  const columns: TableColumnsType<Delivery> = [
    {
      title: t('digest.deliveries.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (createdAt: string) => formatDateTime(createdAt),
    },
    {
      title: t('digest.deliveries.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (kind: string) => t(`digest.deliveries.kinds.${kind}`, { defaultValue: kind }),
    },
    {
      title: t('digest.deliveries.subject'),
      dataIndex: 'subject',
      ellipsis: true,
      render: (subject: string | null) => subject ?? '—',
    },
    {
      title: t('digest.deliveries.status'),
      dataIndex: 'status',
      width: 160,
      render: (status: string, delivery) => (
        <Tag color={STATUS_COLORS[status]} title={delivery.lastError ?? undefined}>
          {t(`digest.deliveries.statuses.${status}`, { defaultValue: status })}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'read',
      width: 90,
      render: (_, delivery) =>
        delivery.htmlBody ? (
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => setReading(delivery)}>
            {t('digest.deliveries.read')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t('digest.deliveries.title')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('digest.deliveries.description')}
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : (
        <>
          <Table<Delivery>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={deliveries}
            loading={loading && deliveries.length === 0}
            pagination={false}
            locale={{ emptyText: t('digest.deliveries.empty') }}
            scroll={{ x: 640 }}
          />
          {totalCount > DELIVERIES_PAGE_SIZE ? (
            <CursorPager
              page={pages.page}
              pageSize={DELIVERIES_PAGE_SIZE}
              totalCount={totalCount}
              hasNextPage={pageInfo?.hasNextPage ?? false}
              loading={loading}
              onPrevious={pages.previous}
              onNext={() => pages.next(pageInfo?.endCursor)}
            />
          ) : null}
        </>
      )}
      <Modal
        open={reading !== null}
        title={reading?.subject ?? t('digest.deliveries.title')}
        footer={null}
        width={760}
        onCancel={() => setReading(null)}
        destroyOnHidden
      >
        {reading?.htmlBody ? (
          <iframe
            title={reading.subject ?? t('digest.deliveries.title')}
            sandbox=""
            srcDoc={reading.htmlBody}
            style={{ width: '100%', height: 520, border: '1px solid #f0f0f0', borderRadius: 6 }}
          />
        ) : null}
      </Modal>
    </Card>
  );
};
