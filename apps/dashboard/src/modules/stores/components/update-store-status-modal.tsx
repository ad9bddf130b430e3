import { App, Checkbox, DatePicker, Form, Modal, Select } from 'antd';
import { isHeldStoreStatus } from '@veridesk/domain';
import type { Dayjs } from 'dayjs';
import { browserInstantToPicker, browserPickerToInstant } from '../../ui/utils/date-picker';
import { useTranslation } from 'react-i18next';
import type {
  EntityStoreFieldsFragment,
  StoreModule,
  StoreStatus,
} from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { useUpdateStoreStatus } from '../hooks/use-update-store-status';

type UpdateStoreStatusValues = {
  status: StoreStatus;
  restrictedModules: StoreModule[];
  freezeUntil: Dayjs | null;
};

const FORM_NAME = 'update-store-status';
const FIELDS = ['status', 'restrictedModules', 'freezeUntil'] as const;
const STATUSES: StoreStatus[] = ['ACTIVE', 'RESTRICTED', 'FROZEN', 'UNDER_REVIEW', 'CLOSED'];
const MODULES: StoreModule[] = ['PRODUCT_LISTING', 'FINANCE', 'ORDERS'];

/** Records what Seller Center shows for a store: its status, restricted modules, freeze end. */
export const UpdateStoreStatusModal = ({
  store,
  onClose,
}: {
  store: EntityStoreFieldsFragment;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateStoreStatusValues>();
  const status = Form.useWatch('status', form) ?? store.status;
  const { updateStoreStatus, loading } = useUpdateStoreStatus();
  const { formError, showError, clearError } = useFormError(form, FIELDS);
  const restricting = isHeldStoreStatus(status);

  const onFinish = async (values: UpdateStoreStatusValues) => {
    clearError();
    try {
      await updateStoreStatus({
        storeId: store.id,
        status: values.status,
        ...(restricting
          ? {
              // None chosen: the API restricts all three, as Lazada does by default.
              restrictedModules: values.restrictedModules?.length
                ? values.restrictedModules
                : undefined,
              freezeUntil: values.freezeUntil ? browserPickerToInstant(values.freezeUntil) : null,
            }
          : {}),
      });
      void message.success(
        t('stores.statusUpdated', {
          shop: store.shopName,
          status: t(`status.store.${values.status}`),
        }),
      );
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open
      title={t('stores.updateStatusTitle', { shop: store.shopName })}
      okText={t('stores.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<UpdateStoreStatusValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{
          status: store.status,
          restrictedModules: store.restrictedModules,
          freezeUntil: browserInstantToPicker(store.freezeUntil),
        }}
      >
        <Form.Item label={t('stores.fields.status')} name="status">
          <Select<StoreStatus>
            options={STATUSES.map((value) => ({ value, label: t(`status.store.${value}`) }))}
          />
        </Form.Item>
        {restricting ? (
          <>
            <Form.Item
              label={t('stores.fields.restrictedModules')}
              name="restrictedModules"
              extra={t('stores.fields.restrictedModulesHint')}
            >
              <Checkbox.Group
                options={MODULES.map((value) => ({ value, label: t(`stores.modules.${value}`) }))}
              />
            </Form.Item>
            <Form.Item
              label={t('stores.fields.freezeUntil')}
              name="freezeUntil"
              extra={t('stores.fields.freezeUntilHint')}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </>
        ) : null}
        <FormErrorAlert error={formError} />
      </Form>
    </Modal>
  );
};
