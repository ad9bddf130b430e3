import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../generated/graphql';
import { StatusTag } from '../../ui/components/status-tag';

type Licence = {
  expiresOn?: string | null;
  status: DocumentStatus;
  daysUntilExpiry: number | null;
};

/** The business licence's expiry with its status, "长期" when long-term, or that none is on file. */
export const LicenceExpiry = ({ licence }: { licence: Licence | null }) => {
  const { t } = useTranslation();
  if (!licence) return <Tag color="red">{t('entities.licenceMissing')}</Tag>;
  const expiresOn = licence.expiresOn ?? null;
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>
        {expiresOn ?? t('entities.longTerm')}
      </Typography.Text>
      <StatusTag kind="document" status={licence.status} />
    </Flex>
  );
};
