import { SafetyCertificateTwoTone } from '@ant-design/icons';
import { Flex, Layout, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useViewer } from '../../auth/hooks/use-viewer';
import { changeLocale } from '../../i18n/utils/i18n';
import { normalizeLocale, readStoredLocale } from '../../i18n/utils/locales';
import { useRoleChangeNotice } from '../hooks/use-role-change-notice';
import { AppHeader } from './app-header';
import { AppSiderMenu } from './app-sider-menu';

const COLLAPSED_KEY = 'veridesk.siderCollapsed';

/** The signed-in frame: a collapsible navigation sider, the header, and the routed page. */
export const AppFrame = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  useRoleChangeNotice(viewer.role);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');

  // The profile's language applies until the user picks one on this device.
  const profileLocale = normalizeLocale(viewer.user.locale);
  useEffect(() => {
    if (profileLocale && !readStoredLocale()) void changeLocale(profileLocale, { persist: false });
  }, [profileLocale]);

  const onCollapse = (next: boolean) => {
    setCollapsed(next);
    localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={onCollapse}
        breakpoint="lg"
        width={208}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <nav aria-label={t('frame.navigation')}>
          <Link to="/" aria-label={t('app.name')}>
            <Flex align="center" gap={8} style={{ height: 64, paddingInline: collapsed ? 28 : 20 }}>
              <SafetyCertificateTwoTone style={{ fontSize: 24 }} aria-hidden />
              {collapsed ? null : (
                <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
                  {t('app.shortName')}
                </Typography.Text>
              )}
            </Flex>
          </Link>
          <AppSiderMenu role={viewer.role} />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader viewer={viewer} />
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <main>
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
