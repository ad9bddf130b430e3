import { Alert, Card, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewExpiringDocumentsQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { StatusTag } from '../../ui/components/status-tag';

type ExpiringDocument = OverviewExpiringDocumentsQuery['documents']['edges'][number]['node'];

type ExpiringDocumentsCardProps = {
  documents: ExpiringDocument[];
  totalCount: number;
  windowDays: number | null;
  loading: boolean;
  error: unknown;
};

/** Documents expired or expiring within the agency's window; each opens its entity's documents. */
export const ExpiringDocumentsCard = memo(function ExpiringDocumentsCard({
  documents,
  totalCount,
  windowDays,
  loading,
  error,
}: ExpiringDocumentsCardProps) {
  const { t } = useTranslation();
  const daysText = (days: number | null) =>
    days === null
      ? t('overview.documents.longTerm')
      : days < 0
        ? t('overview.documents.expiredDaysAgo', { count: -days })
        : days === 0
          ? t('overview.documents.expiresToday')
          : t('overview.documents.daysLeft', { count: days });

  const columns: TableColumnsType<ExpiringDocument> = [
    {
      title: t('overview.documents.columns.document'),
      key: 'document',
      render: (_, document) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/entities/${document.sellerEntity.id}?tab=documents`}>
            {t(`documentsTimeline.types.${document.type}`)}
            {document.representative ? ` · ${document.representative.fullName}` : ''}
          </Link>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
            {document.sellerEntity.legalName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('overview.documents.columns.expiresOn'),
      key: 'expiresOn',
      width: 150,
      render: (_, document) => (
        <div>
          <Typography.Text>{document.expiresOn ?? '—'}</Typography.Text>
          <br />
          <Typography.Text
            type={document.status === 'EXPIRED' ? 'danger' : 'warning'}
            style={{ fontSize: 12 }}
          >
            {daysText(document.daysUntilExpiry)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('overview.documents.columns.status'),
      dataIndex: 'status',
      width: 96,
      render: (status: string) => <StatusTag kind="document" status={status} />,
    },
  ];

  return (
    <Card
      title={
        windowDays === null
          ? t('overview.documents.titleNoWindow')
          : t('overview.documents.title', { days: windowDays, count: totalCount })
      }
      extra={<Link to="/documents">{t('overview.documents.viewAll')}</Link>}
      styles={{ body: { padding: 0 } }}
      data-testid="overview-documents"
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeApiError(t, readApiError(error))}
          style={{ margin: 16 }}
        />
      ) : null}
      <Table<ExpiringDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        loading={loading}
        pagination={
          documents.length > 5 ? { pageSize: 5, size: 'small', showSizeChanger: false } : false
        }
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('overview.documents.empty')}
            />
          ),
        }}
      />
    </Card>
  );
});
