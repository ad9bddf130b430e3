import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { endSession } from '../../auth/utils/refresh-session';
import { useDeleteAgency } from '../hooks/use-trust';

type Values = { confirmName: string };
const FIELDS = ['confirmName'] as const;

/** OWNER only: deleting the agency and everything it holds, once its name is typed. */
export const DeleteAgencyCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { deleteAgency, loading } = useDeleteAgency();
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'trust.danger.errors',
  );
  const typed = Form.useWatch('confirmName', form);
  const matches = typed?.trim() === viewer.agency.name;

  return (
    <Card
      title={<Typography.Text type="danger">{t('trust.danger.title')}</Typography.Text>}
      style={{ borderColor: '#ffccc7' }}
    >
      <Typography.Paragraph>{t('trust.danger.description')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        name="delete-agency"
        style={{ maxWidth: 520 }}
        onFinish={async ({ confirmName }) => {
          clearError();
          try {
            await deleteAgency(confirmName);
            void message.success(t('trust.danger.deleted'));
            endSession('signed-out');
            await client.clearStore();
            await navigate('/sign-in', { replace: true });
          } catch (error) {
            showError(error);
          }
        }}
      >
        <Form.Item
          label={t('trust.danger.confirmLabel', { name: viewer.agency.name })}
          name="confirmName"
        >
          <Input autoComplete="off" />
        </Form.Item>
        <FormErrorAlert error={formError} />
        <Button danger type="primary" htmlType="submit" disabled={!matches} loading={loading}>
          {t('trust.danger.delete')}
        </Button>
      </Form>
    </Card>
  );
};
