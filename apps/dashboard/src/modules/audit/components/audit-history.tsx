import { Alert, Button, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityAuditLogQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useAuditLog } from '../hooks/use-audit-log';
import { describeChanges } from '../utils/describe-changes';

type AuditEvent = EntityAuditLogQuery['auditLog']['edges'][number]['node'];

/** Who did what to the entity and its records, newest first. */
export const AuditHistory = ({ subjectId }: { subjectId: string }) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { events, totalCount, hasMore, loadMore, loading, error } = useAuditLog(subjectId);

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t('audit.columns.at'),
      dataIndex: 'at',
      width: 170,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('audit.columns.actor'),
      dataIndex: 'actor',
      width: 230,
      render: (actor: string) => (
        <Typography.Text ellipsis={{ tooltip: actor }}>{actor}</Typography.Text>
      ),
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      width: 170,
      render: (action: string) => t(`audit.actions.${action}`, { defaultValue: action }),
    },
    {
      title: t('audit.columns.changes'),
      dataIndex: 'changes',
      render: (changes: unknown) => {
        const lines = describeChanges(changes);
        if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Typography.Paragraph
            type="secondary"
            style={{ margin: 0, fontSize: 12 }}
            ellipsis={{ rows: 2, tooltip: lines.join('\n') }}
          >
            {lines.join('；')}
          </Typography.Paragraph>
        );
      },
    },
  ];

  return (
    <>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeApiError(t, readApiError(error))}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={events}
        loading={loading && events.length === 0}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />,
        }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">
          {t('audit.shown', { shown: events.length, total: totalCount })}
        </Typography.Text>
        {hasMore ? (
          <Button loading={loading && events.length > 0} onClick={() => void loadMore()}>
            {t('audit.loadMore')}
          </Button>
        ) : null}
      </Flex>
    </>
  );
};
