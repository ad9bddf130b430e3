import { Button, Modal, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  ChannelDeliveryFieldsFragment,
  NotificationChannelFieldsFragment,
} from '../../../generated/graphql';
import { PlatformHintText } from './platform-hint';

export type ChannelTestResult = {
  channel: NotificationChannelFieldsFragment;
  delivery: ChannelDeliveryFieldsFragment;
};

type ChannelTestResultModalProps = {
  result: ChannelTestResult | null;
  onOpenLog: (channel: NotificationChannelFieldsFragment) => void;
  onClose: () => void;
};

/** The platform's verdict on the test message, as soon as it answered: 成功 (HTTP …) or 失败 and why. */
export const ChannelTestResultModal = ({
  result,
  onOpenLog,
  onClose,
}: ChannelTestResultModalProps) => {
  const { t } = useTranslation();
  const delivery = result?.delivery;
  const sent = delivery?.status === 'SENT';
  const kind = result ? t(`channels.kinds.${result.channel.kind}`) : '';
  return (
    <Modal
      open={result !== null}
      title={t('channels.test.title', { name: result?.channel.name ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button
          key="log"
          onClick={() => {
            if (result) onOpenLog(result.channel);
            onClose();
          }}
        >
          {t('channels.test.openLog')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.done')}
        </Button>,
      ]}
    >
      {delivery ? (
        <Result
          status={sent ? 'success' : 'error'}
          style={{ paddingBlock: 16 }}
          title={
            <span data-testid="channel-test-verdict">
              {t(sent ? 'channels.test.sent' : 'channels.test.failed')}
            </span>
          }
          subTitle={
            sent ? (
              t('channels.test.sentDetail', { kind, status: delivery.responseStatus ?? '—' })
            ) : (
              <>
                <Typography.Text
                  type="danger"
                  data-testid="channel-test-error"
                  style={{ wordBreak: 'break-word' }}
                >
                  {delivery.lastError ?? t('channels.test.noAnswer')}
                </Typography.Text>
                {result ? (
                  <PlatformHintText kind={result.channel.kind} lastError={delivery.lastError} />
                ) : null}
              </>
            )
          }
        />
      ) : null}
    </Modal>
  );
};
