import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Layout, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { RoleTag } from '../../auth/components/role-tag';
import { useSignOut } from '../../auth/hooks/use-sign-out';
import { LanguageSwitch } from '../../i18n/components/language-switch';
import { useIsPhone } from '../../ui/hooks/use-is-phone';

type AppHeaderProps = {
  viewer: ViewerFieldsFragment;
  /** On a phone: opens the navigation drawer (the header's first button). */
  onOpenNavigation?: () => void;
};

export const AppHeader = ({ viewer, onOpenNavigation }: AppHeaderProps) => {
  const { t } = useTranslation();
  const { signOut, loading } = useSignOut();
  // On a phone the name, role and "sign out" words would push the header wider than the screen:
  // the avatar (name in its tooltip) and the icons stay.
  const narrow = useIsPhone();
  return (
    <Layout.Header
      style={{
        background: '#fff',
        paddingInline: narrow ? 12 : 24,
        borderBottom: '1px solid #f0f0f0',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 16,
      }}
    >
      <Flex align="center" gap={4} style={{ minWidth: 0 }}>
        {onOpenNavigation ? (
          <Button
            type="text"
            icon={<MenuOutlined aria-hidden />}
            aria-label={t('frame.openNavigation')}
            onClick={onOpenNavigation}
            style={{ flexShrink: 0, marginInlineStart: -8 }}
          />
        ) : null}
        <Typography.Text
          strong
          ellipsis
          style={{ fontSize: 16, minWidth: 0 }}
          data-testid="agency-name"
        >
          {viewer.agency.name}
        </Typography.Text>
      </Flex>
      <Flex align="center" gap={narrow ? 4 : 12} style={{ flexShrink: 0 }}>
        <Flex align="center" gap={8} aria-label={t('frame.signedInAs')} role="group">
          <Tooltip title={narrow ? `${viewer.user.name} · ${viewer.user.email}` : undefined}>
            <Avatar
              size="small"
              icon={<UserOutlined aria-hidden />}
              style={{ backgroundColor: '#1677ff' }}
            />
          </Tooltip>
          {narrow ? null : (
            <>
              <Tooltip title={viewer.user.email}>
                <Typography.Text data-testid="viewer-name">{viewer.user.name}</Typography.Text>
              </Tooltip>
              <RoleTag role={viewer.role} />
            </>
          )}
        </Flex>
        <LanguageSwitch />
        <Button
          type="text"
          icon={<LogoutOutlined aria-hidden />}
          loading={loading}
          aria-label={narrow ? t('frame.signOut') : undefined}
          onClick={() => void signOut()}
        >
          {narrow ? null : t('frame.signOut')}
        </Button>
      </Flex>
    </Layout.Header>
  );
};
