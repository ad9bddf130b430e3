import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { RoleTag } from '../modules/auth/components/role-tag';
import { useViewer } from '../modules/auth/hooks/use-viewer';

export const ProfilePage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('nav.profile')} description={t('profile.description')} />
      <Card>
        <Descriptions column={1} bordered size="middle" styles={{ label: { width: 180 } }}>
          <Descriptions.Item label={t('profile.name')}>{viewer.user.name}</Descriptions.Item>
          <Descriptions.Item label={t('profile.email')}>{viewer.user.email}</Descriptions.Item>
          <Descriptions.Item label={t('profile.role')}>
            <RoleTag role={viewer.role} />
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.agency')}>{viewer.agency.name}</Descriptions.Item>
          <Descriptions.Item label={t('profile.timeZone')}>
            {t(`timeZones.${viewer.user.timeZone}`, { defaultValue: viewer.user.timeZone })}
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.agencyTimeZone')}>
            {t(`timeZones.${viewer.agency.timeZone}`, { defaultValue: viewer.agency.timeZone })}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
};

export default ProfilePage;
