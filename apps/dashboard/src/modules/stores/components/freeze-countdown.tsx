import { LockOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useNow } from '../../ui/hooks/use-now';
import { timeLeft } from '../../ui/utils/dates';

/** Time left until Lazada lifts a store's freeze, counting down live. */
export const FreezeCountdown = ({ freezeUntil }: { freezeUntil: string | null }) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const now = useNow(30_000);
  if (!freezeUntil) return <Typography.Text type="secondary">—</Typography.Text>;
  const { milliseconds, hours, minutes } = timeLeft(freezeUntil, now);
  const at = formatDateTime(freezeUntil);
  if (milliseconds <= 0) {
    return <Typography.Text type="secondary">{t('stores.freezeEnded', { at })}</Typography.Text>;
  }
  return (
    <Tooltip title={t('stores.freezeUntil', { at })}>
      <Typography.Text type="danger" style={{ whiteSpace: 'nowrap' }}>
        <LockOutlined aria-hidden /> {t('stores.freezeRemaining', { hours, minutes })}
      </Typography.Text>
    </Tooltip>
  );
};
