import { SafetyCertificateTwoTone } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../i18n/components/language-switch';

type AuthCardProps = {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
};

/** The centred card every signed-out page uses, with the product name and the language switch. */
export const AuthCard = ({ title, subtitle, children, footer }: AuthCardProps) => {
  const { t } = useTranslation();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 24, background: '#f5f7fa' }}
    >
      <main style={{ width: '100%', maxWidth: 440 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Flex align="center" gap={8}>
            <SafetyCertificateTwoTone style={{ fontSize: 28 }} aria-hidden />
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t('app.name')}
            </Typography.Text>
          </Flex>
          <LanguageSwitch />
        </Flex>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
          ) : null}
          {children}
        </Card>
        {footer ? <div style={{ marginTop: 16, textAlign: 'center' }}>{footer}</div> : null}
      </main>
    </Flex>
  );
};
