import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { RoleTag } from '../../auth/components/role-tag';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useRevokeInvitation } from '../hooks/use-revoke-invitation';

type InvitationsTableProps = {
  invitations: InvitationFieldsFragment[];
  loading: boolean;
  onReinvite: (invitation: InvitationFieldsFragment) => Promise<void>;
};

/** Pending invitations. Their links carry no token here, so there is nothing to copy: re-invite instead. */
export const InvitationsTable = ({ invitations, loading, onReinvite }: InvitationsTableProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const { revokeInvitation } = useRevokeInvitation();

  const onRevoke = async (invitation: InvitationFieldsFragment) => {
    try {
      await revokeInvitation(invitation.id);
      void message.success(t('invitations.revoked', { email: invitation.email }));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  const columns: TableColumnsType<InvitationFieldsFragment> = [
    {
      title: t('invitations.columns.invitee'),
      key: 'invitee',
      render: (_, invitation) => (
        <div>
          <Typography.Text strong>{invitation.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{invitation.email}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('invitations.columns.role'),
      dataIndex: 'role',
      width: 140,
      render: (_, invitation) => <RoleTag role={invitation.role} />,
    },
    {
      title: t('invitations.columns.invitedAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (createdAt: string) => formatDateTime(createdAt),
    },
    {
      title: t('invitations.columns.expiresAt'),
      dataIndex: 'expiresAt',
      width: 180,
      render: (expiresAt: string) => formatDateTime(expiresAt),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      render: (_, invitation) => (
        <Space size={4}>
          <Button
            type="link"
            style={{ paddingInline: 4 }}
            onClick={() => void onReinvite(invitation)}
          >
            {t('invitations.reinvite')}
          </Button>
          <Popconfirm
            title={t('invitations.revokeConfirmTitle', { email: invitation.email })}
            description={t('invitations.revokeConfirmDescription')}
            okText={t('invitations.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRevoke(invitation)}
          >
            <Button type="link" danger style={{ paddingInline: 4 }}>
              {t('invitations.revoke')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<InvitationFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={invitations}
      loading={loading}
      pagination={false}
      scroll={{ x: 820 }}
      locale={{ emptyText: t('invitations.empty') }}
    />
  );
};
