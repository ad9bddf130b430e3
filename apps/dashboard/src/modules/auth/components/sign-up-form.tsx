import { Button, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { useSignUp } from '../hooks/use-sign-up';
import { MIN_PASSWORD_LENGTH, newPasswordRules } from '../utils/password-rules';
import { AGENCY_TIME_ZONES, DEFAULT_AGENCY_TIME_ZONE } from '../utils/time-zones';

type SignUpValues = {
  agencyName: string;
  name: string;
  email: string;
  password: string;
  timeZone: string;
};

const FIELDS = ['agencyName', 'name', 'email', 'password', 'timeZone'] as const;

export const SignUpForm = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignUpValues>();
  const { signUp, loading } = useSignUp();
  const { formError, showError, clearError } = useFormError(form, FIELDS);

  const timeZoneOptions = useMemo(
    () => AGENCY_TIME_ZONES.map((zone) => ({ value: zone, label: t(`timeZones.${zone}`) })),
    [t],
  );

  const onFinish = async (values: SignUpValues) => {
    clearError();
    try {
      await signUp({
        agencyName: values.agencyName.trim(),
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        timeZone: values.timeZone,
      });
      // PublicOnly sends the new owner to Today once the session exists (no second navigation).
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      name="sign-up"
      initialValues={{ timeZone: DEFAULT_AGENCY_TIME_ZONE }}
    >
      <Form.Item
        label={t('auth.fields.agencyName')}
        name="agencyName"
        rules={[{ required: true, whitespace: true, message: t('validation.agencyNameRequired') }]}
      >
        <Input autoComplete="organization" autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.yourName')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }]}
      >
        <Input autoComplete="name" maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.email')}
        name="email"
        rules={[
          { required: true, message: t('validation.emailRequired') },
          { type: 'email', message: t('validation.emailInvalid') },
        ]}
      >
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.password')}
        name="password"
        extra={t('auth.hints.passwordLength', { count: MIN_PASSWORD_LENGTH })}
        rules={newPasswordRules(t)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('auth.fields.agencyTimeZone')}
        name="timeZone"
        extra={t('auth.hints.agencyTimeZone')}
      >
        <Select options={timeZoneOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('auth.signUp.submit')}
      </Button>
    </Form>
  );
};
