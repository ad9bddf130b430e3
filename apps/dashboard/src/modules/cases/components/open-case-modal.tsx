import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { TRIGGER_REASONS, VERIFICATION_WINDOW_HOURS } from '@veridesk/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Site, TriggerReason } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useEntityOption } from '../../entities/hooks/use-entity-options';
import { useOpenVerificationCase } from '../hooks/use-case-mutations';
import { hasOpenCase } from '../utils/case-status';
import { instantToPicker, pickerToInstant } from '../../ui/utils/date-picker';
import { EntityPicker } from '../../entities/components/entity-picker';

type OpenCaseValues = {
  sellerEntityId: string;
  representativeId: string;
  site: Site;
  trigger: TriggerReason;
  noticeReceivedAt: Dayjs;
  deadlineAt?: Dayjs | null;
};

const FORM_NAME = 'open-verification-case';
const FIELDS = [
  'sellerEntityId',
  'representativeId',
  'site',
  'trigger',
  'noticeReceivedAt',
  'deadlineAt',
] as const;
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

type OpenCaseModalProps = { open: boolean; initialEntityId?: string | null; onClose: () => void };

export const OpenCaseModal = ({ open, initialEntityId, onClose }: OpenCaseModalProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const zone = useViewer().user.timeZone;
  const formatDateTime = useFormatDateTime();
  const [form] = Form.useForm<OpenCaseValues>();
  const { openVerificationCase, loading } = useOpenVerificationCase();
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'cases.open.errors',
  );
  const notice = Form.useWatch('noticeReceivedAt', form);
  const entityId = Form.useWatch('sellerEntityId', form);
  const { entity } = useEntityOption(entityId ?? null);
  const city = t(`cities.${zone}`, { defaultValue: zone });

  const defaultDeadline = notice
    ? new Date(
        new Date(pickerToInstant(notice, zone)).getTime() + VERIFICATION_WINDOW_HOURS * 3_600_000,
      ).toISOString()
    : null;

  // A newly chosen entity brings its legal representative, and its site when it has only one.
  const loadedEntityId = entity?.id;
  useEffect(() => {
    if (!entity) return;
    const legal = entity.representatives.find((item) => item.role === 'LEGAL_REPRESENTATIVE');
    const entitySites = [...new Set(entity.stores.map((store) => store.site))];
    form.setFieldsValue({
      representativeId: (legal ?? entity.representatives[0])?.id,
      site: entitySites.length === 1 ? entitySites[0] : undefined,
    });
    // Only when another entity loads: a refetch of the same one keeps the user's choices.
  }, [loadedEntityId, form]);

  const onFinish = async (values: OpenCaseValues) => {
    clearError();
    try {
      const created = await openVerificationCase({
        sellerEntityId: values.sellerEntityId,
        representativeId: values.representativeId,
        site: values.site,
        trigger: values.trigger,
        noticeReceivedAt: pickerToInstant(values.noticeReceivedAt, zone),
        deadlineAt: values.deadlineAt ? pickerToInstant(values.deadlineAt, zone) : null,
      });
      void message.success(t('cases.open.opened', { name: created.sellerEntity.legalName }));
      close();
      navigate(`/cases/${created.id}`);
    } catch (error) {
      showError(error);
    }
  };

  const close = () => {
    clearError();
    form.resetFields();
    onClose();
  };

  const sites = [...new Set(entity?.stores.map((store) => store.site) ?? [])];

  return (
    <Modal
      open={open}
      title={t('cases.open.title')}
      okText={t('cases.open.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={close}
      width={560}
      destroyOnHidden
      afterOpenChange={(opened) => {
        if (!opened) return;
        form.setFieldsValue({ noticeReceivedAt: instantToPicker(new Date(), zone) });
        if (initialEntityId) form.setFieldsValue({ sellerEntityId: initialEntityId });
      }}
    >
      <Form
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ trigger: 'OTHER' }}
      >
        <Form.Item
          label={t('cases.open.fields.entity')}
          name="sellerEntityId"
          rules={[{ required: true, message: t('cases.open.validation.entity') }]}
        >
          <EntityPicker />
        </Form.Item>
        {entity && hasOpenCase(entity.verificationStatus) ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('cases.open.alreadyOpen')}
            description={
              <Link to={`/cases?sellerEntityId=${entity.id}`} onClick={close}>
                {t('cases.open.seeOpenCase')}
              </Link>
            }
          />
        ) : null}
        <Form.Item
          label={t('cases.open.fields.representative')}
          name="representativeId"
          rules={[{ required: true, message: t('cases.open.validation.representative') }]}
          extra={
            entity && entity.representatives.length === 0 ? t('cases.open.noRepresentative') : null
          }
        >
          <Select
            disabled={!entity}
            options={entity?.representatives.map((item) => ({
              value: item.id,
              label: `${item.fullName} · ${t(`cases.representativeRoles.${item.role}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('cases.open.fields.site')}
          name="site"
          rules={[{ required: true, message: t('cases.open.validation.site') }]}
          extra={entity && sites.length === 0 ? t('cases.open.noStore') : t('cases.open.siteHint')}
        >
          <Select
            disabled={!entity}
            options={sites.map((site) => ({
              value: site,
              label: `${site} · ${t(`sites.${site}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('cases.open.fields.trigger')} name="trigger">
          <Select
            options={TRIGGER_REASONS.map((trigger) => ({
              value: trigger,
              label: t(`cases.triggers.${trigger}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('cases.open.fields.noticeReceivedAt', { city })}
          name="noticeReceivedAt"
          rules={[{ required: true, message: t('cases.open.validation.noticeReceivedAt') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={PICKER_FORMAT}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label={t('cases.open.fields.deadlineAt', { city })}
          name="deadlineAt"
          extra={
            defaultDeadline
              ? t('cases.open.deadlineDefault', { at: formatDateTime(defaultDeadline) })
              : null
          }
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={PICKER_FORMAT}
            style={{ width: '100%' }}
            placeholder={t('cases.open.deadlinePlaceholder')}
          />
        </Form.Item>
        <FormErrorAlert error={formError} />
      </Form>
    </Modal>
  );
};
