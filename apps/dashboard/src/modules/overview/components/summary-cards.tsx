import { Alert, Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewSummaryQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';

type Summary = OverviewSummaryQuery['portfolioSummary'];

type SummaryCardProps = {
  title: string;
  value: number | undefined;
  to: string;
  danger?: boolean;
  suffix?: ReactNode;
  testId: string;
};

const SummaryCard = ({ title, value, to, danger, suffix, testId }: SummaryCardProps) => (
  <Link to={to} aria-label={`${title} ${value ?? ''}`.trim()} data-testid={testId}>
    <Card size="small" hoverable styles={{ body: { padding: '12px 16px' } }}>
      {value === undefined ? (
        <Skeleton active paragraph={false} title={{ width: '60%' }} />
      ) : (
        <Statistic
          title={title}
          value={value}
          suffix={suffix}
          styles={{ content: { color: danger && value > 0 ? '#cf1322' : undefined, fontSize: 26 } }}
        />
      )}
    </Card>
  </Link>
);

/** The six numbers a manager reads first; each opens the list that explains it. */
export const SummaryCards = memo(function SummaryCards({
  summary,
  windowDays,
  error,
}: {
  summary: Summary | null;
  windowDays: number | null;
  error: unknown;
}) {
  const { t } = useTranslation();
  const cards: SummaryCardProps[] = [
    {
      testId: 'summary-entities',
      title: t('overview.summary.entities'),
      value: summary?.sellerEntities,
      to: '/entities',
    },
    {
      testId: 'summary-stores',
      title: t('overview.summary.stores'),
      value: summary?.stores,
      to: '/entities',
    },
    {
      testId: 'summary-open-cases',
      title: t('overview.summary.openCases'),
      value: summary?.openCases,
      to: '/cases',
    },
    {
      testId: 'summary-overdue-cases',
      title: t('overview.summary.overdueCases'),
      value: summary?.overdueCases,
      to: '/cases?status=OVERDUE',
      danger: true,
    },
    {
      testId: 'summary-expiring-documents',
      title:
        windowDays === null
          ? t('overview.summary.expiringDocumentsNoWindow')
          : t('overview.summary.expiringDocuments', { days: windowDays }),
      value: summary?.expiringDocuments,
      to: '/documents',
    },
    {
      testId: 'summary-expired-documents',
      title: t('overview.summary.expiredDocuments'),
      value: summary?.expiredDocuments,
      to: '/documents',
      danger: true,
    },
  ];
  return (
    <>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeApiError(t, readApiError(error))}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {cards.map((card) => (
          <Col key={card.testId} xs={12} md={8} xl={4}>
            <SummaryCard {...card} />
          </Col>
        ))}
      </Row>
    </>
  );
});
