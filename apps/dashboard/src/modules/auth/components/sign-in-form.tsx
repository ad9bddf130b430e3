import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { readApiError } from '../../apollo/utils/api-error';
import { useSignIn } from '../hooks/use-sign-in';

type SignInValues = { email: string; password: string };
type OtpValues = { otp: string };

const FIELDS = ['email', 'password'] as const;
const OTP_FIELDS = ['otp'] as const;

/** The second step: the password was right and the login has two-factor sign-in. */
const OtpStep = ({ credentials, onBack }: { credentials: SignInValues; onBack: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<OtpValues>();
  const { signIn, loading } = useSignIn();
  const { formError, showError, clearError, setFormError } = useFormError(form, OTP_FIELDS);

  const onFinish = async ({ otp }: OtpValues) => {
    clearError();
    try {
      await signIn({ ...credentials, otp: otp.trim() });
    } catch (error) {
      if (showError(error).code === 'UNAUTHENTICATED') setFormError(t('auth.signIn.wrongOtp'));
    }
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} name="sign-in-otp">
      <Typography.Title level={5}>{t('auth.signIn.otpTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.signIn.otpHint')}</Typography.Paragraph>
      <Form.Item
        label={t('auth.signIn.otp')}
        name="otp"
        rules={[{ required: true, whitespace: true, message: t('auth.signIn.otpRequired') }]}
      >
        <Input autoComplete="one-time-code" inputMode="numeric" maxLength={64} autoFocus />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('auth.signIn.otpSubmit')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('auth.signIn.otpBack')}
      </Button>
    </Form>
  );
};

export const SignInForm = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const { signIn, loading } = useSignIn();
  const { formError, showError, clearError, setFormError } = useFormError(form, FIELDS);
  const [needsCode, setNeedsCode] = useState<SignInValues | null>(null);

  const onFinish = async (values: SignInValues) => {
    clearError();
    const credentials = { email: values.email.trim(), password: values.password };
    try {
      // No navigation here: once the session exists, PublicOnly sends the reader on (to `next`).
      // A second navigation of our own could undo a click made in between.
      await signIn(credentials);
    } catch (error) {
      if (readApiError(error).code === 'TWO_FACTOR_REQUIRED') {
        setNeedsCode(credentials);
        return;
      }
      // The server does not say whether the email or the password was wrong, and neither do we.
      if (showError(error).code === 'UNAUTHENTICATED')
        setFormError(t('auth.signIn.wrongCredentials'));
    }
  };

  if (needsCode) return <OtpStep credentials={needsCode} onBack={() => setNeedsCode(null)} />;

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} name="sign-in">
      <Form.Item
        label={t('auth.fields.email')}
        name="email"
        rules={[
          { required: true, message: t('validation.emailRequired') },
          { type: 'email', message: t('validation.emailInvalid') },
        ]}
      >
        <Input type="email" autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.password')}
        name="password"
        rules={[{ required: true, message: t('validation.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('auth.signIn.submit')}
      </Button>
    </Form>
  );
};
