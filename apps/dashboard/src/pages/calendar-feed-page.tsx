import { Alert, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { CalendarFeedLinkCard } from '../modules/calendar-feed/components/calendar-feed-link-card';
import { SubscribeStepsCard } from '../modules/calendar-feed/components/subscribe-steps-card';
import { useCalendarFeed } from '../modules/calendar-feed/hooks/use-calendar-feed';

/** Settings → 日历订阅: the member's secret iCalendar URL and how to subscribe to it. */
export const CalendarFeedPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { feed, loading, error } = useCalendarFeed();
  return (
    <>
      <PageHeader title={t('calendarFeed.title')} description={t('calendarFeed.description')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {error ? <Alert type="error" showIcon title={t('calendarFeed.loadFailed')} /> : null}
        {loading && !feed ? <Skeleton active /> : null}
        {feed ? (
          <CalendarFeedLinkCard
            feed={feed}
            wholeAgency={viewer.role === 'OWNER' || viewer.role === 'ADMIN'}
          />
        ) : null}
        <SubscribeStepsCard />
      </Space>
    </>
  );
};

export default CalendarFeedPage;
