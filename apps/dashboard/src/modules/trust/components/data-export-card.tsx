import { Alert, App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { formatDateTime } from '../../ui/utils/dates';
import { useDataExports } from '../hooks/use-trust';

const STATUS_COLOR: Record<string, string> = {
  PENDING: 'processing',
  READY: 'green',
  FAILED: 'red',
  EXPIRED: 'default',
};

const megabytes = (bytes: number) =>
  `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 2 : 0)} MB`;

/** OWNER/ADMIN: a ZIP of everything the agency holds, built in the background, 24 hours to download. */
export const DataExportCard = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { exports, error, loading, refetch, requestExport, requesting } = useDataExports();
  const building = exports.some((item) => item.status === 'PENDING');
  // While one is being built, look again every few seconds.
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => void refetch(), 3000);
    return () => clearInterval(timer);
  }, [building, refetch]);
  const when = (iso: string) => formatDateTime(iso, i18n.language, viewer.agency.timeZone);

  return (
    <Card
      title={t('trust.export.title')}
      extra={
        <Button
          type="primary"
          loading={requesting}
          disabled={building}
          onClick={() =>
            requestExport().then(
              () => void message.success(t('trust.export.requested')),
              (caught) => void message.error(describeApiError(t, readApiError(caught))),
            )
          }
        >
          {t('trust.export.request')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('trust.export.description')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />}
      <List
        loading={loading && exports.length === 0}
        dataSource={exports}
        locale={{ emptyText: t('trust.export.empty') }}
        data-testid="data-exports"
        renderItem={(item) => (
          <List.Item
            actions={
              item.url
                ? [
                    <Button key="download" type="link" href={item.url} download>
                      {t('trust.export.download')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space wrap size={[12, 4]}>
              <Tag color={STATUS_COLOR[item.status]}>
                {t(`trust.export.statuses.${item.status}`)}
              </Tag>
              <span>
                {t('trust.export.createdAt')}: {when(item.createdAt)}
              </span>
              {item.sizeBytes != null && (
                <span>
                  {t('trust.export.size')}: {megabytes(item.sizeBytes)}
                </span>
              )}
              {item.expiresAt && item.status === 'READY' && (
                <span>
                  {t('trust.export.expiresAt')}: {when(item.expiresAt)}
                </span>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
};
