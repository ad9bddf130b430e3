import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../../generated/graphql';
import { canAdministerAgency } from '../../auth/utils/roles';
import { NAVIGATION, type NavigationEntry, selectedNavigationKey } from '../utils/navigation';

type MenuItem = Required<MenuProps>['items'][number];

export const AppSiderMenu = ({ role }: { role: Role }) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selectedKey = selectedNavigationKey(pathname);

  const items = useMemo(() => {
    const visible = (entry: NavigationEntry) => !entry.adminOnly || canAdministerAgency(role);
    const toItem = (entry: NavigationEntry): MenuItem =>
      entry.children
        ? {
            key: entry.key,
            icon: entry.icon,
            label: t(entry.labelKey),
            children: entry.children.filter(visible).map(toItem),
          }
        : {
            key: entry.key,
            icon: entry.icon,
            label: <Link to={entry.path}>{t(entry.labelKey)}</Link>,
          };
    return NAVIGATION.filter(visible).map(toItem);
  }, [role, t]);

  return (
    <Menu
      mode="inline"
      theme="dark"
      selectedKeys={[selectedKey]}
      defaultOpenKeys={selectedKey.startsWith('settings') ? ['settings'] : []}
      items={items}
    />
  );
};
