import { App, Button, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { AGENCY_TIME_ZONES } from '../../auth/utils/time-zones';
import { changeLocale } from '../../i18n/utils/i18n';
import { type AppLocale, normalizeLocale } from '../../i18n/utils/locales';
import { useUpdateProfile } from '../hooks/use-update-profile';

type ProfileValues = { name: string; locale: AppLocale; timeZone: string };
const FIELDS = ['name', 'locale', 'timeZone'] as const;

/** The signed-in user's name, language (switches the interface) and time zone. */
export const ProfileForm = ({ viewer }: { viewer: ViewerFieldsFragment }) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const { updateProfile, loading } = useUpdateProfile();
  const { formError, showError, clearError } = useScopedFormError(form, FIELDS, 'profile.errors');
  const zones: string[] = AGENCY_TIME_ZONES.includes(viewer.user.timeZone as never)
    ? [...AGENCY_TIME_ZONES]
    : [viewer.user.timeZone, ...AGENCY_TIME_ZONES];

  const onFinish = async (values: ProfileValues) => {
    clearError();
    try {
      await updateProfile({
        name: values.name.trim(),
        locale: values.locale,
        timeZone: values.timeZone,
      });
      if (normalizeLocale(i18n.language) !== values.locale) {
        await changeLocale(values.locale, { persist: true });
      }
      void message.success(t('profile.saved'));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      style={{ maxWidth: 520 }}
      initialValues={{
        name: viewer.user.name,
        // The language on screen: a choice made on this device overrides the profile's.
        locale: normalizeLocale(i18n.language) ?? normalizeLocale(viewer.user.locale) ?? 'zh-CN',
        timeZone: viewer.user.timeZone,
      }}
      onFinish={onFinish}
    >
      <Form.Item
        label={t('profile.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('profile.validation.name') }]}
      >
        <Input maxLength={200} autoComplete="name" />
      </Form.Item>
      <Form.Item label={t('profile.fields.locale')} name="locale" extra={t('profile.hints.locale')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'zh-CN', label: <span lang="zh-CN">简体中文</span> },
            { value: 'en', label: <span lang="en">English</span> },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={t('profile.fields.timeZone')}
        name="timeZone"
        extra={t('profile.hints.timeZone')}
      >
        <Select
          options={zones.map((zone) => ({
            value: zone,
            label: t(`timeZones.${zone}`, { defaultValue: zone }),
          }))}
        />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('profile.save')}
      </Button>
    </Form>
  );
};
