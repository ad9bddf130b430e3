import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { useSignIn } from '../hooks/use-sign-in';

type SignInValues = { email: string; password: string };

const FIELDS = ['email', 'password'] as const;

export const SignInForm = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const { signIn, loading } = useSignIn();
  const { formError, showError, clearError, setFormError } = useFormError(form, FIELDS);

  const onFinish = async (values: SignInValues) => {
    clearError();
    try {
      // No navigation here: once the session exists, PublicOnly sends the reader on (to `next`).
      // A second navigation of our own could undo a click made in between.
      await signIn({ email: values.email.trim(), password: values.password });
    } catch (error) {
      // The server does not say whether the email or the password was wrong, and neither do we.
      if (showError(error).code === 'UNAUTHENTICATED')
        setFormError(t('auth.signIn.wrongCredentials'));
    }
  };

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
