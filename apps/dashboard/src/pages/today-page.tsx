import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { AppointmentsCard } from '../modules/overview/components/appointments-card';
import { ExpiringDocumentsCard } from '../modules/overview/components/expiring-documents-card';
import { ExpiryChartCard } from '../modules/overview/components/expiry-chart-card';
import { ImpactMatrixCard } from '../modules/overview/components/impact-matrix-card';
import { SummaryCards } from '../modules/overview/components/summary-cards';
import { UrgentCasesCard } from '../modules/overview/components/urgent-cases-card';
import { useAffectedStores } from '../modules/overview/hooks/use-affected-stores';
import { useExpiringDocuments } from '../modules/overview/hooks/use-expiring-documents';
import { useOpenCases } from '../modules/overview/hooks/use-open-cases';
import { useOverviewSummary } from '../modules/overview/hooks/use-overview-summary';

/** What needs the manager today: deadlines, calls, expiries and the stores they stop. */
export const TodayPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { summary, agency, error: summaryError } = useOverviewSummary();
  // The session knows the agency's window at once, so expiring documents load alongside the rest;
  // the summary's fresher value takes over should the window change meanwhile.
  const windowDays = agency?.expiryWarningDays ?? viewer.agency.expiryWarningDays ?? null;
  const openCases = useOpenCases();
  const expiring = useExpiringDocuments(windowDays);
  const impact = useAffectedStores();

  return (
    <>
      <PageHeader
        title={t('nav.today')}
        description={t('overview.description', { agency: viewer.agency.name })}
      />
      <SummaryCards summary={summary} windowDays={windowDays} error={summaryError} />
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
              viewerTimeZone={viewer.user.timeZone}
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
            bySite={summary?.bySite ?? []}
            loading={impact.loading}
            error={impact.error}
          />
        </Col>
        <Col span={24}>
          <ExpiryChartCard ready={!openCases.loading && !impact.loading} />
        </Col>
      </Row>
    </>
  );
};

export default TodayPage;
