import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type CursorPagerProps = {
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  loading?: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** "第 2 页 · 共 57 条" with previous / next, for the API's cursor-paginated lists. */
export const CursorPager = ({
  page,
  pageSize,
  totalCount,
  hasNextPage,
  loading,
  onPrevious,
  onNext,
}: CursorPagerProps) => {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Flex justify="flex-end" align="center" gap={12} wrap style={{ marginTop: 16 }}>
      <Typography.Text type="secondary" aria-live="polite">
        {t('cases.pager.summary', { page, pages, total: totalCount })}
      </Typography.Text>
      <Button
        icon={<LeftOutlined aria-hidden />}
        disabled={page <= 1 || loading}
        onClick={onPrevious}
      >
        {t('cases.pager.previous')}
      </Button>
      <Button disabled={!hasNextPage || loading} onClick={onNext}>
        {t('cases.pager.next')} <RightOutlined aria-hidden />
      </Button>
    </Flex>
  );
};
