import { SafetyCertificateTwoTone } from '@ant-design/icons';
import { Drawer, Flex, Layout, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useViewer } from '../../auth/hooks/use-viewer';
import { changeLocale } from '../../i18n/utils/i18n';
import { normalizeLocale, readStoredLocale } from '../../i18n/utils/locales';
import { useIsPhone } from '../../ui/hooks/use-is-phone';
import { useRoleChangeNotice } from '../hooks/use-role-change-notice';
import { AppHeader } from './app-header';
import { AppSiderMenu } from './app-sider-menu';

const COLLAPSED_KEY = 'veridesk.siderCollapsed';

/** The product's name at the top of the navigation, linking to Today. */
const NavigationBrand = ({ collapsed }: { collapsed: boolean }) => {
  const { t } = useTranslation();
  return (
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
  );
};

/**
 * The signed-in frame: a collapsible navigation sider, the header, and the routed page. On a phone
 * the sider would take a fifth of the screen: the navigation opens as a drawer from the header's
 * menu button instead, and closes once a page is picked.
 */
export const AppFrame = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  useRoleChangeNotice(viewer.role);
  const phone = useIsPhone();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  useEffect(() => setDrawerOpen(false), [pathname, phone]);

  // The profile's language applies until the user picks one on this device.
  const profileLocale = normalizeLocale(viewer.user.locale);
  useEffect(() => {
    if (profileLocale && !readStoredLocale()) void changeLocale(profileLocale, { persist: false });
  }, [profileLocale]);

  const onCollapse = (next: boolean) => {
    setCollapsed(next);
    localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0');
  };

  const navigation = (
    <nav aria-label={t('frame.navigation')}>
      <NavigationBrand collapsed={!phone && collapsed} />
      <AppSiderMenu role={viewer.role} />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          closable={false}
          size={264}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          {navigation}
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={onCollapse}
          breakpoint="lg"
          width={208}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          {navigation}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <AppHeader
          viewer={viewer}
          onOpenNavigation={phone ? () => setDrawerOpen(true) : undefined}
        />
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
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
