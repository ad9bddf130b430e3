import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { ROLE_COLORS } from '../utils/roles';

export const RoleTag = ({ role }: { role: Role }) => {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
      {t(`roles.${role}`)}
    </Tag>
  );
};
