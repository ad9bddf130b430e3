import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DocumentType,
  EntityDocumentFieldsFragment,
  EntityRepresentativeFieldsFragment,
  Site,
} from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { localizeFieldErrors } from '../../entities/utils/localize-field-errors';
import { useRecordDocument } from '../hooks/use-record-document';
import type { StoredScan } from '../utils/scan-files';
import { ScanDragger } from './scan-dragger';
import { ScanPreviewModal } from './scan-preview-modal';
import { dateToPicker, pickerToDate } from '../../ui/utils/date-picker';

type RecordDocumentValues = {
  type: DocumentType;
  representativeId?: string | null;
  fileId?: string | null;
  number?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
  longTerm: boolean;
  sites: Site[];
};

export const DOCUMENT_TYPES: DocumentType[] = [
  'BUSINESS_LICENSE',
  'RESIDENT_ID_CARD',
  'AUTHORIZATION_LETTER',
  'PRODUCT_FILING',
  'DTI_REGISTRATION',
  'TAX_REGISTRATION',
  'TRADEMARK_CERTIFICATE',
  'ISO_CERTIFICATE',
  'BANK_ACCOUNT_PROOF',
  'OTHER',
];
const SITES: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];
const FORM_NAME = 'record-document';
const FIELDS = [
  'type',
  'representativeId',
  'fileId',
  'number',
  'issuedOn',
  'expiresOn',
  'sites',
] as const;

type RecordDocumentModalProps = {
  sellerEntityId: string;
  representatives: EntityRepresentativeFieldsFragment[];
  /** The document to update (renewed expiry, new scan); a new one is recorded without it. */
  document?: EntityDocumentFieldsFragment;
  onClose: () => void;
};

export const RecordDocumentModal = ({
  sellerEntityId,
  representatives,
  document,
  onClose,
}: RecordDocumentModalProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordDocumentValues>();
  const type = Form.useWatch('type', form) ?? document?.type ?? 'BUSINESS_LICENSE';
  const longTerm = Form.useWatch('longTerm', form) ?? false;
  const [uploaded, setUploaded] = useState<StoredScan | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const { recordDocument, updateDocument, loading } = useRecordDocument(sellerEntityId);
  const { formError, showError, clearError } = useFormError(form, FIELDS);
  const personal = type === 'RESIDENT_ID_CARD' || type === 'AUTHORIZATION_LETTER';

  const onFinish = async (values: RecordDocumentValues) => {
    clearError();
    const common = {
      number: values.number?.trim() || null,
      issuedOn: values.issuedOn ? pickerToDate(values.issuedOn) : null,
      // Long-term (长期) is no expiry date at all, never a far-off one.
      expiresOn: values.longTerm || !values.expiresOn ? null : pickerToDate(values.expiresOn),
      sites: values.sites ?? [],
      ...(values.fileId ? { fileId: values.fileId } : {}),
    };
    try {
      const saved = document
        ? await updateDocument(document.id, common)
        : await recordDocument({
            ...common,
            type: values.type,
            representativeId: personal ? (values.representativeId ?? null) : null,
          });
      void message.success(
        t(document ? 'documentsTimeline.form.updated' : 'documentsTimeline.form.recorded', {
          type: t(`documentsTimeline.types.${saved.type}`),
        }),
      );
      onClose();
    } catch (error) {
      localizeFieldErrors(form, t, showError(error), 'documentsTimeline.fieldErrors', FIELDS);
    }
  };

  return (
    <Modal
      open
      title={
        document
          ? t('documentsTimeline.form.updateTitle', {
              type: t(`documentsTimeline.types.${document.type}`),
            })
          : t('documentsTimeline.form.recordTitle')
      }
      okText={t('documentsTimeline.form.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <Form<RecordDocumentValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{
          type: document?.type ?? 'BUSINESS_LICENSE',
          representativeId: document?.representative?.id ?? representatives[0]?.id ?? null,
          number: document?.number ?? undefined,
          issuedOn: dateToPicker(document?.issuedOn),
          expiresOn: dateToPicker(document?.expiresOn),
          longTerm: Boolean(document && !document.expiresOn),
          sites: document?.sites ?? [],
        }}
      >
        <Flex gap={12}>
          <Form.Item label={t('documentsTimeline.form.type')} name="type" style={{ flex: 1 }}>
            <Select<DocumentType>
              disabled={Boolean(document)}
              options={DOCUMENT_TYPES.map((value) => ({
                value,
                label: t(`documentsTimeline.types.${value}`),
              }))}
            />
          </Form.Item>
          {personal ? (
            <Form.Item
              label={t('documentsTimeline.form.representative')}
              name="representativeId"
              style={{ flex: 1 }}
            >
              <Select<string>
                disabled={Boolean(document)}
                options={representatives.map((item) => ({ value: item.id, label: item.fullName }))}
              />
            </Form.Item>
          ) : null}
        </Flex>
        <Form.Item
          label={t('documentsTimeline.form.scan')}
          name="fileId"
          extra={
            uploaded ? (
              <Button type="link" style={{ paddingInline: 0 }} onClick={() => setPreviewing(true)}>
                {t('documentsTimeline.form.previewUploaded', { name: uploaded.filename })}
              </Button>
            ) : undefined
          }
        >
          <ScanDragger
            onUploaded={setUploaded}
            onError={(text) => form.setFields([{ name: 'fileId', errors: text ? [text] : [] }])}
          />
        </Form.Item>
        <Form.Item
          label={t('documentsTimeline.form.number')}
          name="number"
          extra={
            type === 'BUSINESS_LICENSE' ? t('documentsTimeline.form.numberHintLicence') : undefined
          }
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={t('documentsTimeline.form.issuedOn')} name="issuedOn">
            <DatePicker aria-label={t('documentsTimeline.form.issuedOn')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t('documentsTimeline.form.expiresOn')} required={false}>
            <Flex gap={12} align="center">
              <Form.Item
                name="expiresOn"
                noStyle
                rules={[
                  { required: !longTerm, message: t('documentsTimeline.form.expiresOnRequired') },
                ]}
              >
                <DatePicker
                  aria-label={t('documentsTimeline.form.expiresOn')}
                  disabled={longTerm}
                  style={{ width: 180 }}
                />
              </Form.Item>
              <Flex gap={6} align="center">
                <Form.Item name="longTerm" valuePropName="checked" noStyle>
                  <Switch id="document-long-term" size="small" />
                </Form.Item>
                <label htmlFor="document-long-term">{t('documentsTimeline.form.longTerm')}</label>
              </Flex>
            </Flex>
          </Form.Item>
        </Flex>
        <Form.Item
          label={t('documentsTimeline.form.sites')}
          name="sites"
          extra={t('documentsTimeline.form.sitesHint')}
        >
          <Checkbox.Group
            options={SITES.map((site) => ({
              value: site,
              label: `${site} · ${t(`sites.${site}`)}`,
            }))}
          />
        </Form.Item>
        <FormErrorAlert error={formError} />
      </Form>
      <ScanPreviewModal scan={previewing ? uploaded : null} onClose={() => setPreviewing(false)} />
    </Modal>
  );
};
