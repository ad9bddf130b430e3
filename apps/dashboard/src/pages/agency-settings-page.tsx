import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencySettingsCard } from '../modules/agency-settings/components/agency-settings-form';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { canAdministerAgency } from '../modules/auth/utils/roles';

/** /settings/agency — OWNER and ADMIN only. */
export const AgencySettingsPage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!canAdministerAgency(viewer.role)) {
    return (
      <Result
        status="403"
        title={t('agencySettings.forbiddenTitle')}
        subTitle={t('agencySettings.forbiddenDescription')}
      />
    );
  }
  return (
    <>
      <PageHeader title={t('agencySettings.title')} description={t('agencySettings.description')} />
      <AgencySettingsCard />
    </>
  );
};

export default AgencySettingsPage;
