import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiKeySecretModal } from '../modules/api-keys/components/api-key-secret-modal';
import { ApiKeysTable } from '../modules/api-keys/components/api-keys-table';
import { CreateApiKeyModal } from '../modules/api-keys/components/create-api-key-modal';
import { useApiKeys } from '../modules/api-keys/hooks/use-api-keys';
import { readApiError } from '../modules/apollo/utils/api-error';
import { describeApiError } from '../modules/apollo/utils/describe-api-error';
import { AdminOnly } from '../modules/app-frame/components/admin-only';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';

const ApiKeysContent = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { apiKeys, loading, error } = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);

  return (
    <>
      <PageHeader
        title={t('nav.apiKeys')}
        description={t('apiKeys.description')}
        actions={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('apiKeys.create')}
          </Button>
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {error ? (
          <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
        ) : null}
        <Card>
          <ApiKeysTable apiKeys={apiKeys} loading={loading && apiKeys.length === 0} />
        </Card>
      </Space>
      <CreateApiKeyModal
        open={creating}
        viewerRole={viewer.role}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated(result);
        }}
      />
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
    </>
  );
};

export const ApiKeysPage = () => (
  <AdminOnly>
    <ApiKeysContent />
  </AdminOnly>
);

export default ApiKeysPage;
