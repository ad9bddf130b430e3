import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/hooks/use-viewer';
import { canAdministerAgency } from '../../auth/utils/roles';

/** Shows its children to OWNER and ADMIN; everyone else learns why the page is closed to them. */
export const AdminOnly = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (canAdministerAgency(viewer.role)) return children;
  return (
    <Result
      status="403"
      title={t('errors.adminOnlyTitle')}
      subTitle={t('errors.adminOnlyDescription')}
    />
  );
};
