import { Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStoreFieldsFragment } from '../../../generated/graphql';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';

/** Every store of the entity on every site: a pass restores them all. */
export const AffectedStoresCard = ({ stores }: { stores: CaseStoreFieldsFragment[] }) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<CaseStoreFieldsFragment> = [
    {
      title: t('caseWorkspace.stores.site'),
      dataIndex: 'site',
      width: 80,
      render: (site: string) => <SiteTag site={site} />,
    },
    {
      title: t('caseWorkspace.stores.shop'),
      key: 'shop',
      render: (_, store) => (
        <div>
          <Typography.Text>{store.shopName}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {store.lazadaSellerId}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('caseWorkspace.stores.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => <StatusTag kind="store" status={status} />,
    },
    {
      title: t('caseWorkspace.stores.restrictedModules'),
      key: 'modules',
      render: (_, store) =>
        store.restrictedModules.length ? (
          <Flex gap={4} wrap>
            {store.restrictedModules.map((module) => (
              <Tag key={module} color="orange" style={{ marginInlineEnd: 0 }}>
                {t(`caseWorkspace.modules.${module}`)}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">
            {t('caseWorkspace.stores.noRestriction')}
          </Typography.Text>
        ),
    },
    {
      title: t('caseWorkspace.stores.freezeUntil'),
      dataIndex: 'freezeUntil',
      width: 170,
      render: (freezeUntil: string | null) =>
        freezeUntil ? (
          formatDateTime(freezeUntil)
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('caseWorkspace.stores.title', { count: stores.length })}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('caseWorkspace.stores.hint')}
      </Typography.Paragraph>
      <Table<CaseStoreFieldsFragment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={stores}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="affected-stores"
      />
    </Card>
  );
};
