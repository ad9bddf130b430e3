import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStoreFieldsFragment } from '../../../generated/graphql';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';

/**
 * After a pass Lazada restores permissions within about ten minutes; the manager still has to
 * check in each Seller Center that listing, finance and orders work again.
 */
export const PassConfirmation = ({ stores }: { stores: CaseStoreFieldsFragment[] }) => {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      role="region"
      aria-label={t('caseWorkspace.passed.title')}
      data-testid="confirm-modules-prompt"
      style={{ marginBottom: 16, padding: '16px 20px' }}
      title={
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('caseWorkspace.passed.title')}
        </Typography.Text>
      }
      description={
        <>
          <Typography.Paragraph style={{ margin: '4px 0 8px' }}>
            {t('caseWorkspace.passed.instructions')}
          </Typography.Paragraph>
          <Flex vertical gap={6} component="ul" style={{ margin: 0, paddingInlineStart: 0 }}>
            {stores.map((store) => (
              <Flex
                key={store.id}
                component="li"
                gap={8}
                align="center"
                wrap
                style={{ listStyle: 'none' }}
              >
                <SiteTag site={store.site} />
                <Typography.Text strong>{store.shopName}</Typography.Text>
                <StatusTag kind="store" status={store.status} />
                <Typography.Text type="secondary">
                  {t('caseWorkspace.passed.modulesToCheck')}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        </>
      }
    />
  );
};
