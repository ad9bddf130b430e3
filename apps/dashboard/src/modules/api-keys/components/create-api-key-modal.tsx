import { Form, Input, type InputRef, Modal, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { grantableRoles } from '../../auth/utils/roles';
import { useCreateApiKey } from '../hooks/use-create-api-key';

type CreateApiKeyValues = { name: string; role: Role };

type CreateApiKeyModalProps = {
  open: boolean;
  viewerRole: Role;
  onClose: () => void;
  onCreated: (created: { secret: string; name: string }) => void;
};

const FORM_NAME = 'create-api-key';
const FIELDS = ['name', 'role'] as const;

export const CreateApiKeyModal = ({
  open,
  viewerRole,
  onClose,
  onCreated,
}: CreateApiKeyModalProps) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateApiKeyValues>();
  const nameRef = useRef<InputRef>(null);
  const { createApiKey, loading } = useCreateApiKey();
  const { formError, showError, clearError } = useFormError(form, FIELDS);

  const onFinish = async (values: CreateApiKeyValues) => {
    clearError();
    try {
      const created = await createApiKey({ name: values.name.trim(), role: values.role });
      form.resetFields();
      onCreated({ secret: created.secret, name: created.apiKey.name });
    } catch (error) {
      showError(error);
    }
  };

  const close = () => {
    clearError();
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('createApiKey.title')}
      okText={t('createApiKey.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={close}
      afterOpenChange={(opened) => opened && nameRef.current?.focus()}
      forceRender
    >
      <Form
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ role: 'VIEWER' }}
      >
        <Form.Item
          label={t('createApiKey.fields.name')}
          name="name"
          extra={t('createApiKey.nameHint')}
          rules={[
            { required: true, whitespace: true, message: t('validation.apiKeyNameRequired') },
          ]}
        >
          <Input ref={nameRef} autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('createApiKey.fields.role')}
          name="role"
          extra={t('createApiKey.roleHint')}
        >
          <Select<Role>
            options={grantableRoles(viewerRole).map((role) => ({
              value: role,
              label: `${t(`roles.${role}`)} — ${t(`roleDescriptions.${role}`)}`,
            }))}
          />
        </Form.Item>
        <FormErrorAlert error={formError} />
      </Form>
    </Modal>
  );
};
