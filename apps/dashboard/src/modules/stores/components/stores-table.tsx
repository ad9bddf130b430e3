import { Button, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityStoreFieldsFragment, Site } from '../../../generated/graphql';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';
import { FreezeCountdown } from './freeze-countdown';
import { UpdateStoreStatusModal } from './update-store-status-modal';

const SITE_ORDER: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];

type StoresTableProps = { stores: EntityStoreFieldsFragment[]; canWrite: boolean };

/** The entity's stores on every site: what Lazada has restricted, and until when. */
export const StoresTable = ({ stores, canWrite }: StoresTableProps) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<EntityStoreFieldsFragment | null>(null);
  const sorted = [...stores].sort(
    (a, b) => SITE_ORDER.indexOf(a.site) - SITE_ORDER.indexOf(b.site),
  );

  const columns: TableColumnsType<EntityStoreFieldsFragment> = [
    {
      title: t('stores.columns.site'),
      dataIndex: 'site',
      width: 70,
      render: (site: string) => <SiteTag site={site} />,
    },
    {
      title: t('stores.columns.shop'),
      key: 'shop',
      render: (_, store) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{store.shopName}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('stores.sellerId', { id: store.lazadaSellerId })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('stores.columns.status'),
      dataIndex: 'status',
      width: 96,
      render: (status: string) => <StatusTag kind="store" status={status} />,
    },
    {
      title: t('stores.columns.restrictedModules'),
      key: 'restrictedModules',
      width: 200,
      render: (_, store) =>
        store.restrictedModules.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {store.restrictedModules.map((module) => (
              <Tag key={module} color="orange" style={{ marginInlineEnd: 0 }}>
                {t(`stores.modules.${module}`)}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t('stores.columns.freeze'),
      key: 'freeze',
      width: 170,
      render: (_, store) => <FreezeCountdown freezeUntil={store.freezeUntil} />,
    },
    {
      title: t('stores.columns.categories'),
      key: 'categories',
      width: 180,
      render: (_, store) =>
        store.categories.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {store.categories.map((category) => (
              <Tag key={category} style={{ marginInlineEnd: 0 }}>
                {category}
              </Tag>
            ))}
          </Flex>
        ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, store) => (
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          aria-label={t('stores.updateStatusOf', { shop: store.shopName })}
          onClick={() => setEditing(store)}
        >
          {t('stores.updateStatus')}
        </Button>
      ),
    });
  }

  return (
    <>
      <Table<EntityStoreFieldsFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sorted}
        pagination={false}
        scroll={{ x: 980 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stores.empty')} />,
        }}
      />
      {editing ? <UpdateStoreStatusModal store={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
