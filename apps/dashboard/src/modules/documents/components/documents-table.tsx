import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortfolioDocumentFieldsFragment } from '../../../generated/graphql';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';

type DocumentsTableProps = {
  documents: PortfolioDocumentFieldsFragment[];
  loading: boolean;
  empty: React.ReactNode;
};

/** Documents soonest expiry first: who holds it, what it is, and how long it is still valid. */
export const DocumentsTable = ({ documents, loading, empty }: DocumentsTableProps) => {
  const { t } = useTranslation();
  const daysLeft = (document: PortfolioDocumentFieldsFragment) => {
    const days = document.daysUntilExpiry;
    if (days === null || days === undefined) return t('documents.longTerm');
    if (days < 0) return t('documents.expiredDaysAgo', { days: -days });
    if (days === 0) return t('documents.expiresToday');
    return t('documents.daysLeft', { days });
  };
  const columns: TableColumnsType<PortfolioDocumentFieldsFragment> = [
    {
      title: t('documents.columns.entity'),
      key: 'entity',
      render: (_, document) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/entities/${document.sellerEntity.id}?tab=documents`}>
            {document.sellerEntity.legalName}
          </Link>
          {document.representative ? (
            <>
              <br />
              <Typography.Text type="secondary">
                {t('documents.holder', { name: document.representative.fullName })}
              </Typography.Text>
            </>
          ) : null}
        </div>
      ),
    },
    {
      title: t('documents.columns.type'),
      dataIndex: 'type',
      width: 170,
      render: (type: string) => t(`documents.types.${type}`),
    },
    {
      title: t('documents.columns.number'),
      dataIndex: 'number',
      width: 190,
      ellipsis: true,
      render: (number: string | null) =>
        number ? (
          <Typography.Text style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
            {number}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('documents.columns.expiry'),
      key: 'expiry',
      width: 250,
      render: (_, document) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{document.expiresOn ?? t('documents.longTerm')}</Typography.Text>
          <StatusTag kind="document" status={document.status} />
          {document.expiresOn ? (
            <Typography.Text
              type={
                document.status === 'EXPIRED'
                  ? 'danger'
                  : document.status === 'EXPIRING_SOON'
                    ? 'warning'
                    : 'secondary'
              }
            >
              {daysLeft(document)}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('documents.columns.sites'),
      dataIndex: 'sites',
      width: 150,
      render: (sites: string[]) =>
        sites.length ? (
          <Flex gap={2} wrap>
            {sites.map((site) => (
              <SiteTag key={site} site={site} />
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('documents.allSites')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<PortfolioDocumentFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={documents}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: empty }}
    />
  );
};
