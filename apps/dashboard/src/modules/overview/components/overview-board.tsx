import { Col, Flex, Row } from 'antd';
import type { useAffectedStores } from '../hooks/use-affected-stores';
import type { useExpiringDocuments } from '../hooks/use-expiring-documents';
import type { useExpiryWeeks } from '../hooks/use-expiry-weeks';
import type { useOpenCases } from '../hooks/use-open-cases';
import type { useOverviewSummary } from '../hooks/use-overview-summary';
import { AppointmentsCard } from './appointments-card';
import { ExpiringDocumentsCard } from './expiring-documents-card';
import { ExpiryChartCard } from './expiry-chart-card';
import { ImpactMatrixCard } from './impact-matrix-card';
import { SummaryCards } from './summary-cards';
import { UrgentCasesCard } from './urgent-cases-card';

export type OverviewBoardProps = {
  summary: ReturnType<typeof useOverviewSummary>;
  windowDays: number | null;
  viewerTimeZone: string;
  openCases: ReturnType<typeof useOpenCases>;
  expiring: ReturnType<typeof useExpiringDocuments>;
  impact: ReturnType<typeof useAffectedStores>;
  expiryWeeks: ReturnType<typeof useExpiryWeeks>;
};

/** The overview's cards, most pressing first: cases and calls, documents, the matrix, the chart. */
export const OverviewBoard = ({
  summary,
  windowDays,
  viewerTimeZone,
  openCases,
  expiring,
  impact,
  expiryWeeks,
}: OverviewBoardProps) => (
  <>
    <SummaryCards summary={summary.summary} windowDays={windowDays} error={summary.error} />
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <UrgentCasesCard
          cases={openCases.cases}
          totalCount={openCases.totalCount}
          loading={openCases.loading}
          error={openCases.error}
        />
      </Col>
      <Col xs={24} xl={10}>
        <Flex vertical gap={16}>
          <AppointmentsCard
            cases={openCases.cases}
            viewerTimeZone={viewerTimeZone}
            loading={openCases.loading}
            error={openCases.error}
          />
          <ExpiringDocumentsCard
            documents={expiring.documents}
            totalCount={expiring.totalCount}
            windowDays={windowDays}
            loading={expiring.loading}
            error={expiring.error}
          />
        </Flex>
      </Col>
      <Col span={24}>
        <ImpactMatrixCard
          affected={impact.affected}
          totalCount={impact.totalCount}
          bySite={summary.summary?.bySite ?? []}
          loading={impact.loading}
          error={impact.error}
        />
      </Col>
      <Col span={24}>
        <ExpiryChartCard
          weeks={expiryWeeks.weeks}
          loading={expiryWeeks.loading}
          error={expiryWeeks.error}
          ready={!openCases.loading && !impact.loading}
        />
      </Col>
    </Row>
  </>
);
