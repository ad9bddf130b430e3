import { useTranslation } from 'react-i18next';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { OverviewBoard } from '../modules/overview/components/overview-board';
import { useAffectedStores } from '../modules/overview/hooks/use-affected-stores';
import { useExpiringDocuments } from '../modules/overview/hooks/use-expiring-documents';
import { useExpiryWeeks } from '../modules/overview/hooks/use-expiry-weeks';
import { useOpenCases } from '../modules/overview/hooks/use-open-cases';
import { useOverviewPrefetch } from '../modules/overview/hooks/use-overview-prefetch';
import { useOverviewSummary } from '../modules/overview/hooks/use-overview-summary';

/** What needs the manager today: deadlines, calls, expiries and the stores they stop. */
export const TodayPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  useOverviewPrefetch(viewer.agency.expiryWarningDays ?? null);
  const summary = useOverviewSummary();
  // The session knows the agency's window at once, so expiring documents load alongside the rest;
  // the summary's fresher value takes over should the window change meanwhile.
  const windowDays = summary.agency?.expiryWarningDays ?? viewer.agency.expiryWarningDays ?? null;
  const openCases = useOpenCases();
  const expiring = useExpiringDocuments(windowDays);
  const impact = useAffectedStores();
  const expiryWeeks = useExpiryWeeks();

  return (
    <>
      <PageHeader
        title={t('nav.today')}
        description={t('overview.description', { agency: viewer.agency.name })}
      />
      <OverviewBoard
        summary={summary}
        windowDays={windowDays}
        viewerTimeZone={viewer.user.timeZone}
        openCases={openCases}
        expiring={expiring}
        impact={impact}
        expiryWeeks={expiryWeeks}
      />
    </>
  );
};

export default TodayPage;
