import { Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntityListItemFieldsFragment } from '../../../generated/graphql';
import { StatusTag } from '../../ui/components/status-tag';
import { LicenceExpiry } from './licence-expiry';
import { StoreSiteTags } from './store-site-tags';

type EntitiesTableProps = {
  entities: EntityListItemFieldsFragment[];
  loading: boolean;
  filtered: boolean;
};

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** The columns a manager scans: who, which licence, which stores, and how verification stands. */
export const EntitiesTable = ({ entities, loading, filtered }: EntitiesTableProps) => {
  const { t } = useTranslation();
  const columns: TableColumnsType<EntityListItemFieldsFragment> = [
    {
      title: t('entities.columns.name'),
      key: 'name',
      render: (_, entity) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/entities/${entity.id}`}>{entity.legalName}</Link>
          {entity.archivedAt ? (
            <Tag style={{ marginInlineStart: 6 }}>{t('entities.archived')}</Tag>
          ) : null}
          {entity.englishName ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {entity.englishName}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('entities.columns.uscc'),
      dataIndex: 'uscc',
      width: 190,
      render: (uscc: string) => (
        <Typography.Text copyable={{ text: uscc }} style={{ fontFamily: MONOSPACE, fontSize: 13 }}>
          {uscc}
        </Typography.Text>
      ),
    },
    {
      title: t('entities.columns.representative'),
      dataIndex: 'registeredRepresentativeName',
      width: 90,
    },
    {
      title: t('entities.columns.stores'),
      key: 'stores',
      width: 170,
      render: (_, entity) => <StoreSiteTags stores={entity.stores} />,
    },
    {
      title: t('entities.columns.verificationStatus'),
      dataIndex: 'verificationStatus',
      width: 100,
      render: (status: string) => <StatusTag kind="verification" status={status} />,
    },
    {
      title: t('entities.columns.licence'),
      key: 'licence',
      width: 170,
      render: (_, entity) => <LicenceExpiry licence={entity.businessLicense} />,
    },
    {
      title: t('entities.columns.manager'),
      key: 'manager',
      width: 96,
      render: (_, entity) =>
        entity.manager ? (
          entity.manager.user.name
        ) : (
          <Typography.Text type="secondary">{t('entities.noManager')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<EntityListItemFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={entities}
      loading={loading}
      pagination={false}
      scroll={{ x: 1040 }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? t('entities.emptyFiltered') : t('entities.empty')}
          />
        ),
      }}
    />
  );
};
