import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCard } from '../modules/auth/components/auth-card';
import { SignUpForm } from '../modules/auth/components/sign-up-form';
import { usePageTitle } from '../modules/app-frame/hooks/use-page-title';

export const SignUpPage = () => {
  const { t } = useTranslation();
  usePageTitle(t('auth.signUp.title'));
  return (
    <AuthCard
      title={t('auth.signUp.title')}
      subtitle={t('auth.signUp.subtitle')}
      footer={
        <Typography.Text>
          {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signUp.toSignIn')}</Link>
        </Typography.Text>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
};

export default SignUpPage;
