import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/components/copy-field';

type ApiKeySecretModalProps = {
  created: { secret: string; name: string } | null;
  onClose: () => void;
};

/** The one time a key's secret is visible: the server keeps only its hash. */
export const ApiKeySecretModal = ({ created, onClose }: ApiKeySecretModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={created !== null}
      title={t('apiKeySecret.title')}
      onCancel={onClose}
      // Closing by clicking beside the dialog would lose the secret by accident.
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiKeySecret.saved')}
        </Button>
      }
      destroyOnHidden
    >
      {created ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('apiKeySecret.createdFor', { name: created.name })}
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title={t('apiKeySecret.warningTitle')}
            description={t('apiKeySecret.warning')}
          />
          <CopyField
            label={t('apiKeySecret.secretLabel')}
            value={created.secret}
            copyLabel={t('apiKeySecret.copy')}
            monospace
          />
          <Typography.Text type="secondary">
            {t('apiKeySecret.usage')}{' '}
            <Typography.Text code>Authorization: Bearer &lt;secret&gt;</Typography.Text>
          </Typography.Text>
        </Space>
      ) : null}
    </Modal>
  );
};
