import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './page-header';

/** A placeholder for a page a later release builds. */
export const ComingSoon = ({
  titleKey,
  descriptionKey,
}: {
  titleKey: string;
  descriptionKey: string;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(titleKey)} description={t(descriptionKey)} />
      <Card>
        <Empty description={t('comingSoon.description')} style={{ paddingBlock: 48 }} />
      </Card>
    </>
  );
};
