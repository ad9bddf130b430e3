import { Form, Input, type InputRef, Modal, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment, Role } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { grantableRoles } from '../../auth/utils/roles';
import { useInviteMember } from '../hooks/use-invite-member';

type InviteMemberValues = { email: string; name: string; role: Role };

type InviteMemberModalProps = {
  open: boolean;
  viewerRole: Role;
  onClose: () => void;
  onInvited: (invitation: InvitationFieldsFragment) => void;
};

const FORM_NAME = 'invite-member';
const FIELDS = ['email', 'name', 'role'] as const;

export const InviteMemberModal = ({
  open,
  viewerRole,
  onClose,
  onInvited,
}: InviteMemberModalProps) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<InviteMemberValues>();
  const emailRef = useRef<InputRef>(null);
  const { inviteMember, loading } = useInviteMember();
  const { formError, showError, clearError } = useFormError(form, FIELDS);

  const onFinish = async (values: InviteMemberValues) => {
    clearError();
    try {
      const invitation = await inviteMember({
        email: values.email.trim(),
        name: values.name.trim(),
        role: values.role,
      });
      form.resetFields();
      onInvited(invitation);
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
      title={t('invite.title')}
      okText={t('invite.submit')}
      cancelText={t('common.cancel')}
      // The OK button submits the form natively, so Enter in any field submits too.
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={close}
      afterOpenChange={(opened) => opened && emailRef.current?.focus()}
      forceRender
    >
      <Form
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ role: 'MANAGER' }}
      >
        <Form.Item
          label={t('invite.fields.email')}
          name="email"
          rules={[
            { required: true, message: t('validation.emailRequired') },
            { type: 'email', message: t('validation.emailInvalid') },
          ]}
        >
          <Input ref={emailRef} type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('invite.fields.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('invite.fields.role')} name="role" extra={t('invite.roleHint')}>
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
