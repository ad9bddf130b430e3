import { Alert, Empty, Flex, Skeleton } from 'antd';
import { canWritePortfolio } from '@veridesk/domain';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { CursorPager } from '../../ui/components/cursor-pager';
import { useCursorPages } from '../../ui/hooks/use-cursor-pages';
import { REVIEW_QUEUE_SIZE, useReviewQueue } from '../hooks/use-guest-links';
import { ReviewItem } from './review-item';

/** /documents/review — 待审核文件: what sellers submitted through request links, to accept or send back. */
export const ReviewQueue = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const pages = useCursorPages('review');
  const { requests, totalCount, pageInfo, loading, error } = useReviewQueue(pages.after);

  return (
    <>
      <PageHeader
        title={t('guestLinks.review.tab')}
        description={t('guestLinks.review.description')}
      />
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={describeApiError(t, readApiError(error))}
        />
      ) : null}
      {loading && requests.length === 0 ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {!loading && requests.length === 0 && !error ? (
        <Empty description={t('guestLinks.review.empty')} style={{ paddingBlock: 32 }} />
      ) : null}
      <Flex vertical gap={16}>
        {requests.map((request) => (
          <ReviewItem
            key={request.id}
            request={request}
            canReview={canWritePortfolio(viewer.role)}
          />
        ))}
      </Flex>
      {totalCount > REVIEW_QUEUE_SIZE ? (
        <CursorPager
          page={pages.page}
          pageSize={REVIEW_QUEUE_SIZE}
          totalCount={totalCount}
          hasNextPage={pageInfo?.hasNextPage ?? false}
          loading={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(pageInfo?.endCursor)}
        />
      ) : null}
    </>
  );
};
