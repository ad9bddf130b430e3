import { Badge, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useReviewCount } from '../hooks/use-guest-links';

/** The documents page's two views: every document, and 待审核文件 with how many wait. */
export const DocumentsTabs = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const count = useReviewCount();
  const active = pathname.startsWith('/documents/review') ? 'review' : 'all';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => void navigate(key === 'review' ? '/documents/review' : '/documents')}
      style={{ marginBottom: 4 }}
      items={[
        { key: 'all', label: t('guestLinks.review.all') },
        {
          key: 'review',
          label: (
            <span data-testid="review-tab">
              {t('guestLinks.review.tab')}{' '}
              <Badge count={count} size="small" aria-label={String(count)} />
            </span>
          ),
        },
      ]}
    />
  );
};
