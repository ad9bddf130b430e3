import { Card, Col, Descriptions, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { RoleTag } from '../modules/auth/components/role-tag';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { DeliveriesCard } from '../modules/digest/components/deliveries-card';
import { DigestCard } from '../modules/digest/components/digest-card';
import { NotificationPreferencesCard } from '../modules/notifications/components/notification-preferences-card';
import { ProfileForm } from '../modules/profile/components/profile-form';
import { SessionsCard } from '../modules/trust/components/sessions-card';
import { TwoFactorCard } from '../modules/trust/components/two-factor-card';

export const ProfilePage = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('nav.profile')} description={t('profile.description')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('profile.editTitle')} style={{ height: '100%' }}>
              <ProfileForm key={viewer.user.id} viewer={viewer} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('profile.accountTitle')} style={{ height: '100%' }}>
              <Descriptions column={1} bordered size="small" styles={{ label: { width: 140 } }}>
                <Descriptions.Item label={t('profile.email')}>
                  {viewer.user.email}
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.role')}>
                  <RoleTag role={viewer.role} />
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.agency')}>
                  {viewer.agency.name}
                </Descriptions.Item>
                <Descriptions.Item label={t('profile.agencyTimeZone')}>
                  {t(`timeZones.${viewer.agency.timeZone}`, {
                    defaultValue: viewer.agency.timeZone,
                  })}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <TwoFactorCard />
          </Col>
          <Col xs={24} xl={12}>
            <SessionsCard />
          </Col>
        </Row>
        <NotificationPreferencesCard timeZone={viewer.user.timeZone} />
        <DigestCard email={viewer.user.email} />
        <DeliveriesCard />
      </Space>
    </>
  );
};

export default ProfilePage;
