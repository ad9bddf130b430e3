import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Radio,
  Row,
  Col,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  AlertKind,
  DigestFrequency,
  NotificationPreferencesFieldsFragment,
} from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from '../hooks/use-notification-preferences';
import { ALERT_KINDS, ALWAYS_ON_ALERT, enabledAlerts, mutedAlerts } from '../utils/alert-kinds';

type PreferencesValues = {
  digestEnabled: boolean;
  digestFrequency: DigestFrequency;
  alerts: AlertKind[];
};
const FIELDS = ['digestEnabled', 'digestFrequency', 'alerts'] as const;
// The API names the muted kinds; the form ticks the ones received.
const FIELD_MAP = { mutedAlerts: 'alerts' };

const AlertOption = ({ kind }: { kind: AlertKind }) => {
  const { t } = useTranslation();
  return (
    <span>
      <Typography.Text strong>{t(`notifications.alertKinds.${kind}.name`)}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {t(`notifications.alertKinds.${kind}.description`)}
        {kind === ALWAYS_ON_ALERT ? ` ${t('notifications.overdueAlwaysOn')}` : ''}
      </Typography.Text>
    </span>
  );
};

const PreferencesForm = ({
  preferences,
  timeZone,
}: {
  preferences: NotificationPreferencesFieldsFragment;
  timeZone: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PreferencesValues>();
  const digestEnabled = Form.useWatch('digestEnabled', form) ?? preferences.digestEnabled;
  const { updatePreferences, loading } = useUpdateNotificationPreferences();
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'notifications.errors',
    FIELD_MAP,
  );
  const zone = t(`timeZones.${timeZone}`, { defaultValue: timeZone });

  const onFinish = async (values: PreferencesValues) => {
    clearError();
    try {
      await updatePreferences({
        digestEnabled: values.digestEnabled,
        digestFrequency: values.digestFrequency,
        mutedAlerts: mutedAlerts(values.alerts),
      });
      void message.success(t('notifications.saved'));
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
        digestEnabled: preferences.digestEnabled,
        digestFrequency: preferences.digestFrequency,
        alerts: enabledAlerts(preferences.mutedAlerts),
      }}
      onFinish={onFinish}
    >
      <Row gutter={[32, 0]}>
        <Col xs={24} xl={10}>
          <Form.Item
            label={t('notifications.fields.digestEnabled')}
            name="digestEnabled"
            valuePropName="checked"
            extra={t('notifications.hints.digestEnabled')}
          >
            <Switch />
          </Form.Item>
          <Form.Item
            label={t('notifications.fields.digestFrequency')}
            name="digestFrequency"
            extra={t('notifications.hints.digestFrequency', { zone })}
          >
            <Radio.Group
              disabled={!digestEnabled}
              options={[
                { value: 'DAILY', label: t('notifications.frequencies.DAILY') },
                { value: 'WEEKLY', label: t('notifications.frequencies.WEEKLY') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} xl={14}>
          <Form.Item
            label={t('notifications.fields.alerts')}
            name="alerts"
            extra={t('notifications.hints.alerts')}
          >
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={10}>
                {ALERT_KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} disabled={kind === ALWAYS_ON_ALERT}>
                    <AlertOption kind={kind} />
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        </Col>
      </Row>
      <FormErrorAlert error={formError} />
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('notifications.save')}
      </Button>
    </Form>
  );
};

/** Whether and how often my digest arrives, and which urgent alerts reach me. */
export const NotificationPreferencesCard = ({ timeZone }: { timeZone: string }) => {
  const { t } = useTranslation();
  const { preferences, loading, error } = useNotificationPreferences();
  return (
    <Card title={t('notifications.title')} style={{ height: '100%' }}>
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : preferences ? (
        <PreferencesForm preferences={preferences} timeZone={timeZone} />
      ) : loading ? (
        <Skeleton active />
      ) : null}
    </Card>
  );
};
