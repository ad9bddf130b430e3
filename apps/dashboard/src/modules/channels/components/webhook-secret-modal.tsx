import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/components/copy-field';

type WebhookSecretModalProps = {
  created: { name: string; signingSecret: string } | null;
  onClose: () => void;
};

/** The one time a WEBHOOK's signing secret is visible: the integrator verifies every request with it. */
export const WebhookSecretModal = ({ created, onClose }: WebhookSecretModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={created !== null}
      title={t('channels.signingSecret.title')}
      onCancel={onClose}
      // Closing by clicking beside the dialog would lose the secret by accident.
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('channels.signingSecret.saved')}
        </Button>
      }
      destroyOnHidden
    >
      {created ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('channels.signingSecret.createdFor', { name: created.name })}
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title={t('channels.signingSecret.warningTitle')}
            description={t('channels.signingSecret.warning')}
          />
          <CopyField
            label={t('channels.signingSecret.label')}
            value={created.signingSecret}
            copyLabel={t('channels.signingSecret.copy')}
            monospace
          />
          <Typography.Text type="secondary">{t('channels.signingSecret.usage')}</Typography.Text>
        </Space>
      ) : null}
    </Modal>
  );
};
