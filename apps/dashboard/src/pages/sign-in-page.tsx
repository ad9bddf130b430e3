import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../modules/auth/components/auth-card';
import { SignInForm } from '../modules/auth/components/sign-in-form';
import { usePageTitle } from '../modules/app-frame/hooks/use-page-title';

export const SignInPage = () => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  usePageTitle(t('auth.signIn.title'));
  return (
    <AuthCard
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footer={
        <Typography.Text>
          {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signIn.toSignUp')}</Link>
        </Typography.Text>
      }
    >
      {searchParams.get('expired') ? (
        <Alert
          type="info"
          showIcon
          title={t('auth.signIn.sessionExpired')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <SignInForm />
    </AuthCard>
  );
};

export default SignInPage;
