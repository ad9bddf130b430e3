import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ATTEMPT_OUTCOMES, FAILURE_REASONS, FREEZE_EXTENSION_HOURS } from '@veridesk/domain';
import { useTranslation } from 'react-i18next';
import type { AttemptOutcome, FailureReason } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useRecordAttempt } from '../hooks/use-case-mutations';
import { instantToPicker, pickerToInstant } from '../../ui/utils/date-picker';

type AttemptValues = {
  outcome: AttemptOutcome;
  failureReasons?: FailureReason[];
  freezeExtensionHours?: number | null;
  occurredAt: Dayjs;
  note?: string;
};

const FIELDS = ['outcome', 'failureReasons', 'freezeExtensionHours', 'occurredAt', 'note'] as const;

/** Records one call's outcome; a pass restores every store of the entity on every site. */
export const AttemptForm = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zone = useViewer().user.timeZone;
  const [form] = Form.useForm<AttemptValues>();
  const { recordAttempt, loading } = useRecordAttempt();
  const { formError, showError, clearError } = useScopedFormError(form, FIELDS, 'attempts.errors');
  const outcome = Form.useWatch('outcome', form);
  const failed = outcome !== undefined && outcome !== 'PASSED';
  const city = t(`cities.${zone}`, { defaultValue: zone });

  const onFinish = async (values: AttemptValues) => {
    clearError();
    try {
      const passed = values.outcome === 'PASSED';
      await recordAttempt({
        caseId,
        outcome: values.outcome,
        occurredAt: pickerToInstant(values.occurredAt, zone),
        failureReasons: passed ? null : (values.failureReasons ?? []),
        freezeExtensionHours: passed ? null : (values.freezeExtensionHours ?? null),
        note: values.note?.trim() || null,
      });
      void message.success(t(`attempts.recorded.${values.outcome}`));
      form.resetFields();
      form.setFieldsValue({ occurredAt: instantToPicker(new Date(), zone) });
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
      initialValues={{ occurredAt: instantToPicker(new Date(), zone) }}
      aria-label={t('attempts.formLabel')}
    >
      <Form.Item
        label={t('attempts.fields.outcome')}
        name="outcome"
        rules={[{ required: true, message: t('attempts.validation.outcome') }]}
      >
        <Radio.Group
          optionType="button"
          options={ATTEMPT_OUTCOMES.map((value) => ({
            value,
            label: t(`attempts.outcomes.${value}`),
          }))}
        />
      </Form.Item>
      {failed ? (
        <>
          <Form.Item
            label={t('attempts.fields.failureReasons')}
            name="failureReasons"
            rules={
              outcome === 'FAILED'
                ? [
                    {
                      required: true,
                      type: 'array',
                      min: 1,
                      message: t('attempts.validation.failureReasons'),
                    },
                  ]
                : []
            }
          >
            <Select
              mode="multiple"
              allowClear
              placeholder={t('attempts.failureReasonsPlaceholder')}
              options={FAILURE_REASONS.map((reason) => ({
                value: reason,
                label: t(`attempts.reasons.${reason}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t('attempts.fields.freezeExtensionHours')}
            name="freezeExtensionHours"
            extra={t('attempts.freezeHint', FREEZE_EXTENSION_HOURS)}
            rules={[
              {
                type: 'number',
                min: FREEZE_EXTENSION_HOURS.min,
                max: FREEZE_EXTENSION_HOURS.max,
                message: t('attempts.validation.freezeExtensionHours', FREEZE_EXTENSION_HOURS),
              },
            ]}
          >
            <InputNumber precision={0} style={{ width: 160 }} suffix={t('attempts.hours')} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item
        label={t('attempts.fields.occurredAt', { city })}
        name="occurredAt"
        rules={[{ required: true, message: t('attempts.validation.occurredAt') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label={t('attempts.fields.note')} name="note">
        <Input.TextArea rows={2} maxLength={2000} placeholder={t('attempts.notePlaceholder')} />
      </Form.Item>
      <FormErrorAlert error={formError} />
      {/* Not a submit button: Enter in the time field commits the picker, never an outcome. */}
      <Button type="primary" loading={loading} onClick={() => form.submit()}>
        {t('attempts.submit')}
      </Button>
    </Form>
  );
};
