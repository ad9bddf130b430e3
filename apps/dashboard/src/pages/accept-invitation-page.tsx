import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AcceptInvitationForm } from '../modules/auth/components/accept-invitation-form';
import { AuthCard } from '../modules/auth/components/auth-card';
import { usePageTitle } from '../modules/app-frame/hooks/use-page-title';

export const AcceptInvitationPage = () => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim();
  usePageTitle(t('auth.acceptInvitation.title'));
  return (
    <AuthCard
      title={t('auth.acceptInvitation.title')}
      subtitle={token ? t('auth.acceptInvitation.subtitle') : undefined}
      footer={
        <Typography.Text>
          {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signUp.toSignIn')}</Link>
        </Typography.Text>
      }
    >
      {token ? (
        <AcceptInvitationForm token={token} />
      ) : (
        <Result
          status="warning"
          title={t('auth.acceptInvitation.missingToken')}
          subTitle={t('auth.acceptInvitation.missingTokenHint')}
        />
      )}
    </AuthCard>
  );
};

export default AcceptInvitationPage;
