import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export const FullPageSpinner = () => {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }} role="status">
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
};
