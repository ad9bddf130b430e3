import { App, Button, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { RoleTag } from '../../auth/components/role-tag';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useRevokeApiKey } from '../hooks/use-revoke-api-key';

type ApiKeysTableProps = { apiKeys: ApiKeyFieldsFragment[]; loading: boolean };

export const ApiKeysTable = ({ apiKeys, loading }: ApiKeysTableProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const { revokeApiKey } = useRevokeApiKey();

  const onRevoke = async (apiKey: ApiKeyFieldsFragment) => {
    try {
      await revokeApiKey(apiKey.id);
      void message.success(t('apiKeys.revoked', { name: apiKey.name }));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  const columns: TableColumnsType<ApiKeyFieldsFragment> = [
    {
      title: t('apiKeys.columns.name'),
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('apiKeys.columns.prefix'),
      dataIndex: 'prefix',
      width: 180,
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    {
      title: t('apiKeys.columns.role'),
      dataIndex: 'role',
      width: 120,
      render: (_, apiKey) => <RoleTag role={apiKey.role} />,
    },
    {
      title: t('apiKeys.columns.createdAt'),
      dataIndex: 'createdAt',
      width: 170,
      render: (createdAt: string) => formatDateTime(createdAt),
    },
    {
      title: t('apiKeys.columns.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 170,
      render: (lastUsedAt: string | null) =>
        lastUsedAt ? (
          formatDateTime(lastUsedAt)
        ) : (
          <Typography.Text type="secondary">{t('apiKeys.neverUsed')}</Typography.Text>
        ),
    },
    {
      title: t('apiKeys.columns.status'),
      dataIndex: 'revokedAt',
      width: 170,
      render: (revokedAt: string | null) =>
        revokedAt ? (
          <div>
            <Tag color="default">{t('apiKeys.revokedStatus')}</Tag>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(revokedAt)}
            </Typography.Text>
          </div>
        ) : (
          <Tag color="green">{t('apiKeys.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, apiKey) =>
        apiKey.revokedAt ? null : (
          <Popconfirm
            title={t('apiKeys.revokeConfirmTitle', { name: apiKey.name })}
            description={t('apiKeys.revokeConfirmDescription')}
            okText={t('apiKeys.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRevoke(apiKey)}
          >
            <Button type="link" danger style={{ paddingInline: 0 }}>
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Table<ApiKeyFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={apiKeys}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('apiKeys.empty') }}
    />
  );
};
