import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../generated/graphql';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useFormError } from '../../apollo/hooks/use-form-error';
import { localizeFieldErrors } from '../../entities/utils/localize-field-errors';
import { IDENTIFIER_PASTE_MAX_LENGTH, identifierFieldValue } from '../../ui/utils/identifiers';
import { useAddStore } from '../hooks/use-add-store';

type AddStoreValues = {
  site: Site;
  shopName: string;
  lazadaSellerId: string;
  categories: string[];
};

const FORM_NAME = 'add-store';
const FIELDS = ['site', 'shopName', 'lazadaSellerId', 'categories'] as const;
const SITES: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];

type AddStoreModalProps = {
  sellerEntityId: string;
  /** Sites the entity already sells on, listed last. */
  usedSites: Site[];
  businessScope: string[];
  onClose: () => void;
};

export const AddStoreModal = ({
  sellerEntityId,
  usedSites,
  businessScope,
  onClose,
}: AddStoreModalProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddStoreValues>();
  const { addStore, loading } = useAddStore(sellerEntityId);
  const { formError, showError, clearError } = useFormError(form, FIELDS);
  const firstFreeSite = SITES.find((site) => !usedSites.includes(site));

  const onFinish = async (values: AddStoreValues) => {
    clearError();
    try {
      const store = await addStore({
        site: values.site,
        shopName: values.shopName.trim(),
        lazadaSellerId: identifierFieldValue(values.lazadaSellerId),
        categories: values.categories ?? [],
      });
      void message.success(t('stores.added', { shop: store.shopName, site: store.site }));
      onClose();
    } catch (error) {
      localizeFieldErrors(form, t, showError(error), 'stores.fieldErrors', FIELDS);
    }
  };

  return (
    <Modal
      open
      title={t('stores.addTitle')}
      okText={t('stores.add')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_NAME, loading }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AddStoreValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ site: firstFreeSite, categories: [] }}
      >
        <Form.Item
          label={t('stores.fields.site')}
          name="site"
          rules={[{ required: true, message: t('stores.fields.siteRequired') }]}
        >
          <Select<Site>
            options={SITES.map((site) => ({
              value: site,
              label: `${site} · ${t(`sites.${site}`)}${usedSites.includes(site) ? ` (${t('stores.siteInUse')})` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('stores.fields.shopName')}
          name="shopName"
          rules={[
            { required: true, whitespace: true, message: t('stores.fields.shopNameRequired') },
          ]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('stores.fields.lazadaSellerId')}
          name="lazadaSellerId"
          extra={t('stores.fields.lazadaSellerIdHint')}
          normalize={identifierFieldValue}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('stores.fields.lazadaSellerIdRequired'),
            },
          ]}
        >
          <Input autoComplete="off" maxLength={IDENTIFIER_PASTE_MAX_LENGTH} />
        </Form.Item>
        <Form.Item
          label={t('stores.fields.categories')}
          name="categories"
          extra={t('stores.fields.categoriesHint')}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，', ';', '；']}
            options={businessScope.map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <FormErrorAlert error={formError} />
      </Form>
    </Modal>
  );
};
