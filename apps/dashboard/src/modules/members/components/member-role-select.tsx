import { App, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment, Role } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { grantableRoles } from '../../auth/utils/roles';
import { useUpdateMemberRole } from '../hooks/use-update-member-role';

type MemberRoleSelectProps = { member: MemberFieldsFragment; viewerRole: Role };

/** Changes a member's role in place; only roles the viewer may grant are offered. */
export const MemberRoleSelect = ({ member, viewerRole }: MemberRoleSelectProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { updateMemberRole } = useUpdateMemberRole();
  const [saving, setSaving] = useState(false);

  const onChange = async (role: Role) => {
    setSaving(true);
    try {
      await updateMemberRole(member.id, role);
      void message.success(
        t('members.roleUpdated', { name: member.user.name, role: t(`roles.${role}`) }),
      );
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Select<Role>
      aria-label={t('members.roleOf', { name: member.user.name })}
      value={member.role}
      loading={saving}
      disabled={saving}
      style={{ width: 140 }}
      options={grantableRoles(viewerRole).map((role) => ({
        value: role,
        label: t(`roles.${role}`),
      }))}
      onChange={(role) => void onChange(role)}
    />
  );
};
