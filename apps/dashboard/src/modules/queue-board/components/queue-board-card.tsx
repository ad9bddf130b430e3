import { DashboardOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode, readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useQueueBoardUrl } from '../hooks/use-queue-board-url';

type Notice = { kind: 'forbidden'; message: string } | { kind: 'blocked'; url: string };

/** Opens bull-board for the operator agency; other agencies are told why it stays closed. */
export const QueueBoardCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { requestUrl, loading } = useQueueBoardUrl();
  const [notice, setNotice] = useState<Notice | null>(null);

  const open = async () => {
    setNotice(null);
    try {
      const url = await requestUrl();
      const tab = window.open(url, '_blank');
      // A blocked pop-up leaves the link to be opened by hand (it is valid for one minute).
      if (tab) tab.opener = null;
      else setNotice({ kind: 'blocked', url });
    } catch (error) {
      if (hasErrorCode(error, 'FORBIDDEN')) {
        setNotice({ kind: 'forbidden', message: readApiError(error).message });
      } else {
        void message.error(describeApiError(t, readApiError(error)));
      }
    }
  };

  return (
    <Card title={t('queueBoard.title')}>
      <Flex vertical gap={12} align="flex-start">
        <Typography.Text type="secondary">{t('queueBoard.description')}</Typography.Text>
        <Button
          icon={<DashboardOutlined aria-hidden />}
          loading={loading}
          onClick={() => void open()}
        >
          {t('queueBoard.open')}
        </Button>
        {notice?.kind === 'forbidden' ? (
          // A notice, not an error: the board is simply not this agency's.
          <Alert
            type="info"
            showIcon
            title={
              <>
                {t('queueBoard.operatorOnly')}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {notice.message}
                </Typography.Text>
              </>
            }
            style={{ maxWidth: 640 }}
          />
        ) : notice?.kind === 'blocked' ? (
          <Alert
            type="warning"
            showIcon
            title={t('queueBoard.popupBlocked')}
            description={
              <Typography.Link href={notice.url} target="_blank" rel="noopener noreferrer">
                {t('queueBoard.openLink')}
              </Typography.Link>
            }
            style={{ maxWidth: 640 }}
          />
        ) : null}
      </Flex>
    </Card>
  );
};
