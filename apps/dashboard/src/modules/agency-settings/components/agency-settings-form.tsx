import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Skeleton, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencySettingsFieldsFragment } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { AGENCY_TIME_ZONES } from '../../auth/utils/time-zones';
import { useAgencySettings, useUpdateAgency } from '../hooks/use-agency-settings';

type AgencyValues = {
  name: string;
  timeZone: string;
  expiryWarningDays: number;
  requireTwoFactor: boolean;
};
const FIELDS = ['name', 'timeZone', 'expiryWarningDays', 'requireTwoFactor'] as const;

const AgencyForm = ({ agency }: { agency: AgencySettingsFieldsFragment }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyValues>();
  const { updateAgency, loading } = useUpdateAgency();
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'agencySettings.errors',
  );
  const zones: string[] = AGENCY_TIME_ZONES.includes(agency.timeZone as never)
    ? [...AGENCY_TIME_ZONES]
    : [agency.timeZone, ...AGENCY_TIME_ZONES];

  const onFinish = async (values: AgencyValues) => {
    clearError();
    try {
      await updateAgency({
        name: values.name.trim(),
        timeZone: values.timeZone,
        expiryWarningDays: values.expiryWarningDays,
        requireTwoFactor: values.requireTwoFactor,
      });
      void message.success(t('agencySettings.saved'));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{
        name: agency.name,
        timeZone: agency.timeZone,
        expiryWarningDays: agency.expiryWarningDays,
        requireTwoFactor: agency.requireTwoFactor,
      }}
      onFinish={onFinish}
      style={{ maxWidth: 520 }}
    >
      <Form.Item
        label={t('agencySettings.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('agencySettings.validation.name') }]}
      >
        <Input maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item
        label={t('agencySettings.fields.timeZone')}
        name="timeZone"
        extra={t('agencySettings.hints.timeZone')}
      >
        <Select
          options={zones.map((zone) => ({
            value: zone,
            label: t(`timeZones.${zone}`, { defaultValue: zone }),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('agencySettings.fields.expiryWarningDays')}
        name="expiryWarningDays"
        extra={t('agencySettings.hints.expiryWarningDays')}
        rules={[
          {
            required: true,
            type: 'number',
            min: 1,
            max: 365,
            message: t('agencySettings.validation.expiryWarningDays'),
          },
        ]}
      >
        {/* No min/max here: an out-of-range value is explained by the rule, not silently clamped. */}
        <InputNumber precision={0} style={{ width: 160 }} suffix={t('agencySettings.days')} />
      </Form.Item>
      <Form.Item
        label={t('trust.requireTwoFactor.label')}
        name="requireTwoFactor"
        valuePropName="checked"
        extra={t('trust.requireTwoFactor.hint')}
      >
        <Switch />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('agencySettings.save')}
      </Button>
    </Form>
  );
};

/** The agency's name, its time zone ("today" for expiries and digests) and warning window. */
export const AgencySettingsCard = () => {
  const { t } = useTranslation();
  const { agency, loading, error } = useAgencySettings();
  return (
    <Card>
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : agency ? (
        <AgencyForm key={agency.id} agency={agency} />
      ) : loading ? (
        <Skeleton active />
      ) : null}
    </Card>
  );
};
