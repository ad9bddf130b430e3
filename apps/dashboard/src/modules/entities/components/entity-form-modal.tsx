import { App, Form, Input, type InputRef, Modal, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityPageQuery, MemberFieldsFragment } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { IDENTIFIER_PASTE_MAX_LENGTH, identifierFieldValue } from '../../ui/utils/identifiers';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { useCreateEntity } from '../hooks/use-create-entity';
import { useUpdateEntity } from '../hooks/use-update-entity';
import { localizeFieldErrors } from '../utils/localize-field-errors';

type EntityFormValues = {
  legalName: string;
  englishName?: string;
  uscc: string;
  registeredRepresentativeName: string;
  businessScope?: string[];
  managerId?: string | null;
};

type EntityFormModalProps = {
  open: boolean;
  /** The entity to edit; a new one is created without it. */
  entity?: EntityPageQuery['sellerEntity'];
  members: MemberFieldsFragment[];
  defaultManagerId: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
};

const FORM_NAME = 'seller-entity';
const FIELDS = [
  'legalName',
  'englishName',
  'uscc',
  'registeredRepresentativeName',
  'businessScope',
  'managerId',
] as const;

/** Creates a seller entity, or edits one (the USCC, its identity, stays as registered). */
export const EntityFormModal = ({
  open,
  entity,
  members,
  defaultManagerId,
  onClose,
  onSaved,
}: EntityFormModalProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntityFormValues>();
  const firstFieldRef = useRef<InputRef>(null);
  const { createEntity, loading: creating } = useCreateEntity();
  const { updateEntity, loading: updating } = useUpdateEntity();
  const { formError, showError, clearError } = useFormError(form, FIELDS);
  const editing = Boolean(entity);

  const onFinish = async (values: EntityFormValues) => {
    clearError();
    const common = {
      legalName: values.legalName.trim(),
      englishName: values.englishName?.trim() || undefined,
      registeredRepresentativeName: values.registeredRepresentativeName.trim(),
      businessScope: values.businessScope ?? [],
    };
    try {
      if (entity) {
        await updateEntity(entity.id, { ...common, managerId: values.managerId ?? null });
        void message.success(t('entities.form.updated', { name: common.legalName }));
        onSaved(entity.id);
      } else {
        const created = await createEntity({
          ...common,
          uscc: identifierFieldValue(values.uscc),
          managerId: values.managerId ?? undefined,
        });
        void message.success(t('entities.form.created', { name: created.legalName }));
        form.resetFields();
        onSaved(created.id);
      }
    } catch (error) {
      localizeFieldErrors(form, t, showError(error), 'entities.fieldErrors', FIELDS);
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
      title={editing ? t('entities.form.editTitle') : t('entities.form.createTitle')}
      okText={editing ? t('entities.form.save') : t('entities.form.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading: creating || updating }}
      onCancel={close}
      // Focus the first field once open, unless someone already clicked into another one.
      afterOpenChange={(opened) => {
        if (opened && !document.activeElement?.closest('form')) firstFieldRef.current?.focus();
      }}
      destroyOnHidden
      width={560}
    >
      <Form<EntityFormValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={
          entity
            ? {
                legalName: entity.legalName,
                englishName: entity.englishName ?? undefined,
                uscc: entity.uscc,
                registeredRepresentativeName: entity.registeredRepresentativeName,
                businessScope: entity.businessScope,
                managerId: entity.manager?.id ?? null,
              }
            : { businessScope: [], managerId: defaultManagerId }
        }
      >
        <Form.Item
          label={t('entities.form.legalName')}
          name="legalName"
          extra={t('entities.form.legalNameHint')}
          rules={[
            { required: true, whitespace: true, message: t('entities.form.legalNameRequired') },
          ]}
        >
          <Input ref={firstFieldRef} autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('entities.form.englishName')} name="englishName">
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('entities.form.uscc')}
          name="uscc"
          extra={editing ? t('entities.form.usccLocked') : t('entities.form.usccHint')}
          normalize={identifierFieldValue}
          rules={[{ required: true, whitespace: true, message: t('entities.form.usccRequired') }]}
        >
          <Input
            autoComplete="off"
            maxLength={IDENTIFIER_PASTE_MAX_LENGTH}
            disabled={editing}
            style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
          />
        </Form.Item>
        <Form.Item
          label={t('entities.form.registeredRepresentativeName')}
          name="registeredRepresentativeName"
          extra={t('entities.form.registeredRepresentativeNameHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('entities.form.representativeRequired'),
            },
          ]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('entities.form.businessScope')}
          name="businessScope"
          extra={t('entities.form.businessScopeHint')}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，', ';', '；']}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item label={t('entities.form.manager')} name="managerId">
          <Select<string | null>
            allowClear
            placeholder={t('entities.noManager')}
            options={members.map((member) => ({ value: member.id, label: member.user.name }))}
          />
        </Form.Item>
        <FormErrorAlert error={formError} />
      </Form>
    </Modal>
  );
};
