import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationChannelFieldsFragment } from '../generated/graphql';
import { readApiError } from '../modules/apollo/utils/api-error';
import { describeApiError } from '../modules/apollo/utils/describe-api-error';
import { PageHeader } from '../modules/app-frame/components/page-header';
import { useViewer } from '../modules/auth/hooks/use-viewer';
import { ChannelDeliveriesDrawer } from '../modules/channels/components/channel-deliveries-drawer';
import { ChannelFormDrawer } from '../modules/channels/components/channel-form-drawer';
import {
  type ChannelTestResult,
  ChannelTestResultModal,
} from '../modules/channels/components/channel-test-result-modal';
import { ChannelsTable } from '../modules/channels/components/channels-table';
import { WebhookSecretModal } from '../modules/channels/components/webhook-secret-modal';
import { useChannelPermissions } from '../modules/channels/hooks/use-channel-permissions';
import {
  useChannelMutations,
  useNotificationChannels,
} from '../modules/channels/hooks/use-notification-channels';

type Channel = NotificationChannelFieldsFragment;
type Editing = { channel: Channel | null } | null;

export const ChannelsPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const permissions = useChannelPermissions(viewer);
  const { channels, loading, error } = useNotificationChannels();
  const { testChannel } = useChannelMutations();
  const [editing, setEditing] = useState<Editing>(null);
  const [logOf, setLogOf] = useState<Channel | null>(null);
  const [testingId, setTestingId] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<ChannelTestResult | null>(null);
  const [createdWebhook, setCreatedWebhook] = useState<{
    name: string;
    signingSecret: string;
  } | null>(null);

  const onTest = async (channel: Channel) => {
    setTestingId(channel.id);
    try {
      const delivery = await testChannel(channel.id);
      setTestResult({ channel, delivery });
    } catch (caught) {
      void message.error(describeApiError(t, readApiError(caught)));
    } finally {
      setTestingId(null);
    }
  };

  const description = permissions.isAdmin
    ? t('channels.description')
    : viewer.role === 'MANAGER'
      ? t('channels.managerDescription')
      : t('channels.readOnlyDescription');

  return (
    <>
      <PageHeader
        title={t('nav.channels')}
        description={description}
        actions={
          permissions.canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEditing({ channel: null })}
            >
              {t('channels.create')}
            </Button>
          ) : null
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {error ? (
          <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
        ) : null}
        <Card title={t('channels.listTitle', { count: channels.length })}>
          <ChannelsTable
            channels={channels}
            loading={loading && channels.length === 0}
            canManage={permissions.canManage}
            testingId={testingId}
            onTest={(channel) => void onTest(channel)}
            onEdit={(channel) => setEditing({ channel })}
            onOpenLog={setLogOf}
          />
        </Card>
      </Space>
      <ChannelFormDrawer
        open={editing !== null}
        channel={editing?.channel ?? null}
        members={permissions.members}
        ownMemberId={permissions.ownMemberId}
        ownMemberName={permissions.ownMemberName}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          if (saved.signingSecret) {
            setCreatedWebhook({ name: saved.name, signingSecret: saved.signingSecret });
          } else {
            void message.success(
              t(saved.created ? 'channels.created' : 'channels.saved', { name: saved.name }),
            );
          }
        }}
      />
      <ChannelTestResultModal
        result={testResult}
        onOpenLog={setLogOf}
        onClose={() => setTestResult(null)}
      />
      <ChannelDeliveriesDrawer
        channel={logOf}
        canRedeliver={logOf !== null && permissions.canManage(logOf)}
        onClose={() => setLogOf(null)}
      />
      <WebhookSecretModal created={createdWebhook} onClose={() => setCreatedWebhook(null)} />
    </>
  );
};

export default ChannelsPage;
