import { MailOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useDigestPreview, useSendTestDigest } from '../hooks/use-digest';
import { DigestSections } from './digest-sections';

/** What my 08:00 digest says today, and a way to have it sent now. */
export const DigestCard = ({ email }: { email: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { digest, loading, error, refetch } = useDigestPreview();
  const { sendTestDigest, loading: sending } = useSendTestDigest();

  const onSend = async () => {
    try {
      const sent = await sendTestDigest();
      if (sent) void message.success(t('digest.sent', { email }));
      else void message.warning(t('digest.noMailServer'));
    } catch (sendError) {
      void message.error(describeApiError(t, readApiError(sendError)));
    }
  };

  const empty = digest !== null && digest.sections.every((section) => section.items.length === 0);

  return (
    <Card
      title={t('digest.title')}
      extra={
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined aria-hidden />}
            onClick={() => void refetch()}
            loading={loading && digest !== null}
          >
            {t('digest.refresh')}
          </Button>
          <Button
            icon={<MailOutlined aria-hidden />}
            loading={sending}
            onClick={() => void onSend()}
          >
            {t('digest.sendTest')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('digest.description')}
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : !digest ? (
        <Skeleton active />
      ) : empty ? (
        <Empty description={t('digest.empty')} />
      ) : (
        <>
          <Typography.Paragraph>
            <Typography.Text type="secondary">{t('digest.subject')}</Typography.Text>{' '}
            <Typography.Text strong>{digest.subject}</Typography.Text>
          </Typography.Paragraph>
          <DigestSections sections={digest.sections} />
          <Collapse
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'html',
                label: t('digest.emailPreview'),
                children: (
                  <iframe
                    title={t('digest.emailPreview')}
                    sandbox=""
                    srcDoc={digest.html}
                    style={{
                      width: '100%',
                      height: 480,
                      border: '1px solid #f0f0f0',
                      borderRadius: 6,
                    }}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
};
