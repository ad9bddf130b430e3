import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';
import { MIN_PASSWORD_LENGTH, newPasswordRules } from '../utils/password-rules';

type AcceptInvitationValues = { name: string; password: string };

const FIELDS = ['name', 'password'] as const;

export const AcceptInvitationForm = ({ token }: { token: string }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<AcceptInvitationValues>();
  const navigate = useNavigate();
  const { acceptInvitation, loading } = useAcceptInvitation();
  const { formError, showError, clearError, setFormError } = useFormError(form, FIELDS);

  const onFinish = async (values: AcceptInvitationValues) => {
    clearError();
    try {
      await acceptInvitation({ token, name: values.name.trim(), password: values.password });
      await navigate('/', { replace: true });
    } catch (error) {
      // An email that already has a login must give that login's password.
      if (showError(error).code === 'UNAUTHENTICATED') {
        setFormError(null);
        form.setFields([
          { name: 'password', errors: [t('auth.acceptInvitation.wrongExistingPassword')] },
        ]);
      }
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      name="accept-invitation"
    >
      <Form.Item
        label={t('auth.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }]}
      >
        <Input autoComplete="name" autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.password')}
        name="password"
        extra={t('auth.acceptInvitation.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        rules={newPasswordRules(t)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('auth.acceptInvitation.submit')}
      </Button>
    </Form>
  );
};
