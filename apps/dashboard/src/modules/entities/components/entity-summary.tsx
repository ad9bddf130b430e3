import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityPageQuery } from '../../../generated/graphql';
import { StatusTag } from '../../ui/components/status-tag';
import { LicenceExpiry } from './licence-expiry';
import { StoreSiteTags } from './store-site-tags';

type Entity = EntityPageQuery['sellerEntity'];

/** The facts Lazada checks on the call: USCC, registered representative, licence, scope. */
export const EntitySummary = ({ entity }: { entity: Entity }) => {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={[
        {
          key: 'uscc',
          label: t('entity.fields.uscc'),
          children: (
            <Typography.Text
              copyable
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            >
              {entity.uscc}
            </Typography.Text>
          ),
        },
        {
          key: 'representative',
          label: t('entity.fields.registeredRepresentative'),
          children: entity.registeredRepresentativeName,
        },
        {
          key: 'verification',
          label: t('entity.fields.verificationStatus'),
          children: <StatusTag kind="verification" status={entity.verificationStatus} />,
        },
        {
          key: 'manager',
          label: t('entity.fields.manager'),
          children: entity.manager ? (
            entity.manager.user.name
          ) : (
            <Typography.Text type="secondary">{t('entities.noManager')}</Typography.Text>
          ),
        },
        {
          key: 'licence',
          label: t('entity.fields.licence'),
          children: <LicenceExpiry licence={entity.businessLicense} />,
        },
        {
          key: 'stores',
          label: t('entity.fields.stores'),
          children: <StoreSiteTags stores={entity.stores} />,
        },
        {
          key: 'scope',
          label: t('entity.fields.businessScope'),
          span: 2,
          children:
            entity.businessScope.length === 0 ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              <Flex gap={4} wrap>
                {entity.businessScope.map((item) => (
                  <Tag key={item} style={{ marginInlineEnd: 0 }}>
                    {item}
                  </Tag>
                ))}
              </Flex>
            ),
        },
        {
          key: 'violations',
          label: t('entity.fields.violations'),
          children:
            entity.violationsLast90Days > 0 ? (
              <Typography.Text type="warning">
                {t('entity.violations', { count: entity.violationsLast90Days })}
              </Typography.Text>
            ) : (
              t('entity.noViolations')
            ),
        },
      ]}
    />
  );
};
