import { Alert, Card, Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useExpiryWeeks } from '../hooks/use-expiry-weeks';

// echarts loads after the rest of the overview: the numbers a manager acts on come first.
const ExpiryChart = lazy(() => import('./expiry-chart'));

const HEIGHT = 260;

/** True once `ready` and the browser has a moment to spare (or `timeout` ms later at the latest). */
const useIdleAfter = (ready: boolean, timeout: number) => {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setIdle(true), 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout });
    return () => window.cancelIdleCallback(handle);
  }, [ready, idle, timeout]);
  return idle;
};

/** `ready`: the overview's cases and matrix are on screen, so echarts may load now. */
export const ExpiryChartCard = ({ ready }: { ready: boolean }) => {
  const { t } = useTranslation();
  const { weeks, loading, error } = useExpiryWeeks();
  // echarts is the heaviest chunk: parse it after the cases, calls and matrix are on screen.
  const idle = useIdleAfter(ready, 1000);
  const total = weeks.reduce(
    (sum, week) => sum + week.businessLicenses + week.idCards + week.documents,
    0,
  );
  return (
    <Card
      title={t('overview.chart.title')}
      extra={<Link to="/documents">{t('overview.chart.viewDocuments')}</Link>}
      data-testid="overview-chart"
    >
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : null}
      {loading || !idle ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <figure
          role="img"
          aria-label={t('overview.chart.summary', { count: total, weeks: weeks.length })}
          style={{ margin: 0 }}
        >
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <ExpiryChart weeks={weeks} height={HEIGHT} />
          </Suspense>
        </figure>
      )}
    </Card>
  );
};
