import {
  AuditOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  SettingOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavigationEntry = {
  key: string;
  path: string;
  labelKey: string;
  icon: ReactNode;
  adminOnly?: boolean;
  children?: NavigationEntry[];
};

export const NAVIGATION: NavigationEntry[] = [
  { key: 'today', path: '/', labelKey: 'nav.today', icon: <DashboardOutlined aria-hidden /> },
  {
    key: 'entities',
    path: '/entities',
    labelKey: 'nav.entities',
    icon: <ShopOutlined aria-hidden />,
  },
  { key: 'cases', path: '/cases', labelKey: 'nav.cases', icon: <AuditOutlined aria-hidden /> },
  {
    key: 'documents',
    path: '/documents',
    labelKey: 'nav.documents',
    icon: <FileProtectOutlined aria-hidden />,
  },
  {
    key: 'import',
    path: '/import',
    labelKey: 'nav.import',
    icon: <CloudUploadOutlined aria-hidden />,
  },
  {
    key: 'settings',
    path: '/settings',
    labelKey: 'nav.settings',
    icon: <SettingOutlined aria-hidden />,
    children: [
      { key: 'settings/members', path: '/settings/members', labelKey: 'nav.members', icon: null },
      // Every role: a MANAGER connects their own group, a VIEWER sees which groups are told.
      {
        key: 'settings/channels',
        path: '/settings/channels',
        labelKey: 'nav.channels',
        icon: null,
      },
      {
        key: 'settings/api-keys',
        path: '/settings/api-keys',
        labelKey: 'nav.apiKeys',
        icon: null,
        adminOnly: true,
      },
      {
        key: 'settings/agency',
        path: '/settings/agency',
        labelKey: 'agencySettings.title',
        icon: null,
        adminOnly: true,
      },
      { key: 'settings/profile', path: '/settings/profile', labelKey: 'nav.profile', icon: null },
      {
        key: 'settings/calendar',
        path: '/settings/calendar',
        labelKey: 'nav.calendarFeed',
        icon: null,
      },
    ],
  },
];

/** The menu key of the entry a path belongs to ("/settings/members/x" → "settings/members"). */
export const selectedNavigationKey = (pathname: string): string => {
  const entries = NAVIGATION.flatMap((entry) => [entry, ...(entry.children ?? [])]);
  const match = entries
    .filter(
      (entry) =>
        entry.path !== '/' && (pathname === entry.path || pathname.startsWith(`${entry.path}/`)),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key ?? 'today';
};
