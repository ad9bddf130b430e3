import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useRotateCalendarFeed } from '../hooks/use-calendar-feed';
import { webcalUrl } from '../utils/webcal';
import { FeedLinkField } from './feed-link-field';

type CalendarFeedLinkCardProps = {
  feed: { url: string; createdAt: string };
  /** OWNER/ADMIN: the whole agency; others: the entities they manage. */
  wholeAgency: boolean;
};

/** The secret URL in both forms, what it holds, and the reset that revokes it. */
export const CalendarFeedLinkCard = ({ feed, wholeAgency }: CalendarFeedLinkCardProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const { rotate, loading } = useRotateCalendarFeed();

  const onRotate = async () => {
    try {
      await rotate();
      void message.success(t('calendarFeed.rotate.done'));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  return (
    <Card
      title={t('calendarFeed.linkTitle')}
      extra={
        <Popconfirm
          title={t('calendarFeed.rotate.confirmTitle')}
          description={
            <div style={{ maxWidth: 320 }}>{t('calendarFeed.rotate.confirmDescription')}</div>
          }
          okText={t('calendarFeed.rotate.confirm')}
          cancelText={t('calendarFeed.rotate.keep')}
          okButtonProps={{ danger: true, loading }}
          onConfirm={onRotate}
        >
          <Button danger icon={<ReloadOutlined aria-hidden />}>
            {t('calendarFeed.rotate.button')}
          </Button>
        </Popconfirm>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title={t('calendarFeed.secretWarningTitle')}
          description={t('calendarFeed.secretWarning')}
        />
        <FeedLinkField
          label={t('calendarFeed.httpsLabel')}
          value={feed.url}
          copyLabel={t('calendarFeed.copy')}
        />
        <FeedLinkField
          label={t('calendarFeed.webcalLabel')}
          value={webcalUrl(feed.url)}
          copyLabel={t('calendarFeed.copyWebcal')}
        />
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('calendarFeed.contents')}{' '}
          {wholeAgency ? t('calendarFeed.scopeAll') : t('calendarFeed.scopeManaged')}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {t('calendarFeed.createdAt', { date: formatDateTime(feed.createdAt) })}
        </Typography.Text>
      </Space>
    </Card>
  );
};
