import { Alert, Card, Skeleton } from 'antd';
import { lazy, memo, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import type { OverviewExpiryWeeksQuery } from '../../../generated/graphql';

// echarts loads after the rest of the overview, once its card is about to scroll into view: the
// numbers a manager acts on come first, and a phone that never scrolls down never downloads it.
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

/** True once the element comes within `margin` of the viewport (and stays true). */
const useNearViewport = (ref: RefObject<HTMLElement | null>, margin = '200px') => {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver !== 'function') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
};

type ExpiryChartCardProps = {
  weeks: OverviewExpiryWeeksQuery['documentExpiryWeeks'];
  loading: boolean;
  error: unknown;
  /** The overview's cases and matrix are on screen, so echarts may load now. */
  ready: boolean;
};

export const ExpiryChartCard = memo(function ExpiryChartCard({
  weeks,
  loading,
  error,
  ready,
}: ExpiryChartCardProps) {
  const { t } = useTranslation();
  // echarts is the heaviest chunk: parse it after the cases, calls and matrix are on screen.
  const idle = useIdleAfter(ready, 1000);
  const container = useRef<HTMLDivElement>(null);
  const inView = useNearViewport(container);
  // `documents` already counts the licences and ID cards among them.
  const total = weeks.reduce((sum, week) => sum + week.documents, 0);
  return (
    <div ref={container}>
      <Card
        title={t('overview.chart.title')}
        extra={<Link to="/documents">{t('overview.chart.viewDocuments')}</Link>}
        data-testid="overview-chart"
      >
        {error ? (
          <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
        ) : null}
        {loading || !idle || !inView ? (
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
    </div>
  );
});
