import { App, Button, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment, ViewerFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { RoleTag } from '../../auth/components/role-tag';
import { canAdministerAgency, canManageMember } from '../../auth/utils/roles';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useRemoveMember } from '../hooks/use-remove-member';
import { MemberRoleSelect } from './member-role-select';

type MembersTableProps = {
  members: MemberFieldsFragment[];
  loading: boolean;
  viewer: ViewerFieldsFragment;
};

export const MembersTable = ({ members, loading, viewer }: MembersTableProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const { removeMember } = useRemoveMember();
  const isAdmin = canAdministerAgency(viewer.role);
  const isSelf = (member: MemberFieldsFragment) => member.user.id === viewer.user.id;
  // Nobody edits their own row here: demoting or removing yourself would lock you out mid-click.
  const editable = (member: MemberFieldsFragment) =>
    isAdmin && !isSelf(member) && canManageMember(viewer.role, member.role);

  const onRemove = async (member: MemberFieldsFragment) => {
    try {
      await removeMember(member.id);
      void message.success(t('members.removed', { name: member.user.name }));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  const columns: TableColumnsType<MemberFieldsFragment> = [
    {
      title: t('members.columns.member'),
      key: 'member',
      render: (_, member) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{member.user.name}</Typography.Text>
          {isSelf(member) ? <Tag style={{ marginInlineStart: 8 }}>{t('members.you')}</Tag> : null}
          <br />
          <Typography.Text type="secondary">{member.user.email}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('members.columns.role'),
      key: 'role',
      width: 180,
      render: (_, member) =>
        editable(member) ? (
          <MemberRoleSelect member={member} viewerRole={viewer.role} />
        ) : (
          <RoleTag role={member.role} />
        ),
    },
    {
      title: t('members.columns.joinedAt'),
      dataIndex: 'createdAt',
      width: 200,
      render: (createdAt: string) => formatDateTime(createdAt),
    },
  ];

  if (isAdmin) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, member) =>
        editable(member) ? (
          <Popconfirm
            title={t('members.removeConfirmTitle', { name: member.user.name })}
            description={t('members.removeConfirmDescription')}
            okText={t('members.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRemove(member)}
          >
            <Button type="link" danger style={{ paddingInline: 0 }}>
              {t('members.remove')}
            </Button>
          </Popconfirm>
        ) : null,
    });
  }

  return (
    <Table<MemberFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={members}
      loading={loading}
      pagination={false}
      scroll={{ x: 720 }}
    />
  );
};
