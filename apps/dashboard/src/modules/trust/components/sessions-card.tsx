import { Alert, App, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { formatDateTime } from '../../ui/utils/dates';
import { useSignInSessions } from '../hooks/use-trust';

/** The viewer's signed-in browsers: which is this one, and signing out the others. */
export const SessionsCard = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { sessions, error, loading, revokeSession, revokeOthers, revoking } = useSignInSessions();
  const others = sessions.filter((session) => !session.current);
  const fail = (caught: unknown) => void message.error(describeApiError(t, readApiError(caught)));

  return (
    <Card
      title={t('trust.sessions.title')}
      extra={
        <Popconfirm
          title={t('trust.sessions.confirmOthers')}
          onConfirm={() =>
            revokeOthers().then(
              () => void message.success(t('trust.sessions.signedOutOthers')),
              fail,
            )
          }
          disabled={others.length === 0}
        >
          <Button danger size="small" disabled={others.length === 0} loading={revoking}>
            {t('trust.sessions.signOutOthers')}
          </Button>
        </Popconfirm>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('trust.sessions.description')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />}
      <List
        loading={loading && sessions.length === 0}
        dataSource={sessions}
        data-testid="sign-in-sessions"
        locale={{ emptyText: t('trust.sessions.empty') }}
        renderItem={(session) => (
          <List.Item
            data-testid="sign-in-session"
            actions={
              session.current
                ? []
                : [
                    <Button
                      key="sign-out"
                      size="small"
                      onClick={() =>
                        revokeSession(session.id).then(
                          () => void message.success(t('trust.sessions.signedOut')),
                          fail,
                        )
                      }
                    >
                      {t('trust.sessions.signOut')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <span>{session.device ?? t('trust.sessions.unknownDevice')}</span>
                  {session.current && <Tag color="blue">{t('trust.sessions.current')}</Tag>}
                </Space>
              }
              description={
                <Space wrap size={[12, 0]}>
                  {session.ipAddress && (
                    <span>
                      {t('trust.sessions.address')}: {session.ipAddress}
                    </span>
                  )}
                  <span>
                    {t('trust.sessions.lastUsed')}:{' '}
                    {formatDateTime(
                      session.lastUsedAt ?? session.createdAt,
                      i18n.language,
                      viewer.user.timeZone,
                    )}
                  </span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
};
