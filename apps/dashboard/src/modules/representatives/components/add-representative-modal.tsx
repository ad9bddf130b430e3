import { App, DatePicker, Flex, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { IdType, RepresentativeRole } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { IDENTIFIER_PASTE_MAX_LENGTH, identifierFieldValue } from '../../ui/utils/identifiers';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { localizeFieldErrors } from '../../entities/utils/localize-field-errors';
import { useAddRepresentative } from '../hooks/use-add-representative';
import { pickerToDate } from '../../ui/utils/date-picker';

type AddRepresentativeValues = {
  fullName: string;
  role: RepresentativeRole;
  idType: IdType;
  idNumber: string;
  idExpiresOn: Dayjs | null;
  longTerm: boolean;
  phone?: string;
};

const FORM_NAME = 'add-representative';
const FIELDS = ['fullName', 'role', 'idType', 'idNumber', 'idExpiresOn', 'phone'] as const;
const ID_TYPES: IdType[] = ['CN_RESIDENT_ID', 'HK_MACAO_TAIWAN_PERMIT', 'PASSPORT'];

type AddRepresentativeModalProps = {
  sellerEntityId: string;
  registeredRepresentativeName: string;
  onClose: () => void;
};

export const AddRepresentativeModal = ({
  sellerEntityId,
  registeredRepresentativeName,
  onClose,
}: AddRepresentativeModalProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddRepresentativeValues>();
  const longTerm = Form.useWatch('longTerm', form) ?? false;
  const { addRepresentative, loading } = useAddRepresentative(sellerEntityId);
  const { formError, showError, clearError } = useFormError(form, FIELDS);

  const onFinish = async (values: AddRepresentativeValues) => {
    clearError();
    try {
      const representative = await addRepresentative({
        fullName: values.fullName.trim(),
        role: values.role,
        idType: values.idType,
        idNumber: identifierFieldValue(values.idNumber),
        idExpiresOn:
          values.longTerm || !values.idExpiresOn ? null : pickerToDate(values.idExpiresOn),
        phone: values.phone?.trim() || undefined,
      });
      void message.success(t('representatives.added', { name: representative.fullName }));
      onClose();
    } catch (error) {
      localizeFieldErrors(form, t, showError(error), 'representatives.fieldErrors', FIELDS);
    }
  };

  return (
    <Modal
      open
      title={t('representatives.addTitle')}
      okText={t('representatives.add')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<AddRepresentativeValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{
          fullName: registeredRepresentativeName,
          role: 'LEGAL_REPRESENTATIVE',
          idType: 'CN_RESIDENT_ID',
          idExpiresOn: null,
          longTerm: false,
        }}
      >
        <Form.Item
          label={t('representatives.fields.fullName')}
          name="fullName"
          extra={t('representatives.fields.fullNameHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('representatives.fields.fullNameRequired'),
            },
          ]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item label={t('representatives.fields.role')} name="role">
          <Radio.Group
            optionType="button"
            options={(['LEGAL_REPRESENTATIVE', 'AUTHORIZED_SIGNATORY'] as const).map((value) => ({
              value,
              label: t(`representatives.roles.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('representatives.fields.idType')} name="idType">
          <Select<IdType>
            options={ID_TYPES.map((value) => ({
              value,
              label: t(`representatives.idTypes.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('representatives.fields.idNumber')}
          name="idNumber"
          extra={t('representatives.fields.idNumberHint')}
          normalize={identifierFieldValue}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('representatives.fields.idNumberRequired'),
            },
          ]}
        >
          <Input
            autoComplete="off"
            maxLength={IDENTIFIER_PASTE_MAX_LENGTH}
            style={{ fontFamily: 'ui-monospace, monospace' }}
          />
        </Form.Item>
        <Form.Item label={t('representatives.fields.idExpiresOn')} required={false}>
          <Flex gap={12} align="center">
            <Form.Item
              name="idExpiresOn"
              noStyle
              rules={[
                { required: !longTerm, message: t('representatives.fields.idExpiresOnRequired') },
              ]}
            >
              <DatePicker
                disabled={longTerm}
                aria-label={t('representatives.fields.idExpiresOn')}
                style={{ width: 200 }}
              />
            </Form.Item>
            <Flex gap={6} align="center">
              <Form.Item name="longTerm" valuePropName="checked" noStyle>
                <Switch id="representative-long-term" size="small" />
              </Form.Item>
              <label htmlFor="representative-long-term">
                {t('representatives.fields.longTerm')}
              </label>
            </Flex>
          </Flex>
        </Form.Item>
        <Form.Item
          label={t('representatives.fields.phone')}
          name="phone"
          extra={t('representatives.fields.phoneHint')}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <FormErrorAlert error={formError} />
      </Form>
    </Modal>
  );
};
