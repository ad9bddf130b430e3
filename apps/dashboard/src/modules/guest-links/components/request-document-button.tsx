import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { useRequestDocument } from '../hooks/use-guest-links';
import { LinkShare } from './link-share';

const TYPES: DocumentType[] = [
  'BUSINESS_LICENSE',
  'RESIDENT_ID_CARD',
  'PRODUCT_FILING',
  'DTI_REGISTRATION',
  'TAX_REGISTRATION',
  'TRADEMARK_CERTIFICATE',
  'ISO_CERTIFICATE',
  'BANK_ACCOUNT_PROOF',
  'AUTHORIZATION_LETTER',
  'OTHER',
];
const FIELDS = ['type', 'message', 'expiresInDays', 'representativeId'] as const;

type RequestDocumentButtonProps = {
  sellerEntityId: string;
  /** The ID card's holder: an ID card is always a representative's. */
  representativeId?: string | null;
  type?: DocumentType;
  size?: 'small' | 'middle';
  buttonType?: 'default' | 'link' | 'primary';
};

type Values = { type: DocumentType; message: string; expiresInDays: number };

type RequestFormProps = {
  sellerEntityId: string;
  representativeId?: string | null;
  type: DocumentType;
  onTypeChange: (type: DocumentType) => void;
  onCreated: (url: string) => void;
};

/** Mounted afresh at each opening, so it starts from the button's own type and message. */
const RequestForm = ({
  sellerEntityId,
  representativeId,
  type,
  onTypeChange,
  onCreated,
}: RequestFormProps) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formError, showError, clearError } = useFormError(form, FIELDS);
  const { requestDocument, loading } = useRequestDocument();
  const typeName = (value: DocumentType) => t(`documentsTimeline.types.${value}`);
  const defaultMessage = (value: DocumentType) =>
    t('guestLinks.request.defaultMessage', { type: typeName(value) });

  const submit = async (values: Values) => {
    clearError();
    try {
      const created = await requestDocument({
        sellerEntityId,
        representativeId: values.type === 'RESIDENT_ID_CARD' ? (representativeId ?? null) : null,
        type: values.type,
        message: values.message?.trim() || null,
        expiresInDays: values.expiresInDays,
      });
      onCreated(created.url);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ type, message: defaultMessage(type), expiresInDays: 14 }}
      onFinish={(values) => void submit(values)}
    >
      <FormErrorAlert error={formError} />
      <Form.Item name="type" label={t('guestLinks.request.type')} rules={[{ required: true }]}>
        <Select
          options={TYPES.map((value) => ({ value, label: typeName(value) }))}
          onChange={(value: DocumentType) => {
            form.setFieldValue('message', defaultMessage(value));
            onTypeChange(value);
          }}
        />
      </Form.Item>
      <Form.Item name="message" label={t('guestLinks.request.message')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item
        name="expiresInDays"
        label={t('guestLinks.request.expiresInDays')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={30} precision={0} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('guestLinks.request.create')}
        </Button>
      </Flex>
    </Form>
  );
};

/** 请卖家上传: a document request link (and QR code) for the seller to upload a renewed document. */
export const RequestDocumentButton = ({
  sellerEntityId,
  representativeId,
  type = 'BUSINESS_LICENSE',
  size = 'middle',
  buttonType = 'default',
}: RequestDocumentButtonProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<DocumentType>(type);
  const [url, setUrl] = useState<string | null>(null);
  const typeName = (value: DocumentType) => t(`documentsTimeline.types.${value}`);

  const start = () => {
    setChosen(type);
    setUrl(null);
    setOpen(true);
  };

  return (
    <>
      <Button
        size={size}
        type={buttonType}
        icon={<CloudUploadOutlined aria-hidden />}
        onClick={start}
        aria-label={t('guestLinks.request.buttonFor', { type: typeName(type) })}
      >
        {t('guestLinks.request.button')}
      </Button>
      <Modal
        open={open}
        title={t('guestLinks.request.title', { type: typeName(chosen) })}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          url ? (
            <Button type="primary" onClick={() => setOpen(false)}>
              {t('guestLinks.request.done')}
            </Button>
          ) : null
        }
      >
        {url ? (
          <LinkShare
            url={url}
            label={t('guestLinks.request.link')}
            copyLabel={t('guestLinks.request.copy')}
            qrAlt={t('guestLinks.request.qrAlt')}
            hint={t('guestLinks.request.shownOnce')}
          />
        ) : (
          <RequestForm
            sellerEntityId={sellerEntityId}
            representativeId={representativeId}
            type={type}
            onTypeChange={setChosen}
            onCreated={setUrl}
          />
        )}
      </Modal>
    </>
  );
};
