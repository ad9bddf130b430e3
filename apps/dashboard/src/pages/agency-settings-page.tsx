import { Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencySettingsCard } from '../modules/agency-settings/components/agency-settings-form';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { canAdministerAgency } from '../modules/auth/utils/roles';
import { QueueBoardCard } from '../modules/queue-board/components/queue-board-card';
import { ReminderLadderCard } from '../modules/reminder-ladder/components/reminder-ladder-card';
import { DataExportCard } from '../modules/trust/components/data-export-card';
import { DeleteAgencyCard } from '../modules/trust/components/delete-agency-card';

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
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <AgencySettingsCard />
        <ReminderLadderCard />
        <QueueBoardCard />
        <DataExportCard />
        {viewer.role === 'OWNER' && <DeleteAgencyCard />}
      </Space>
    </>
  );
};

export default AgencySettingsPage;
