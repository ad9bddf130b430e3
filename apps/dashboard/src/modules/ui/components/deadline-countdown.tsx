import { ClockCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useNow } from '../hooks/use-now';
import { timeLeft } from '../utils/dates';

const HOUR = 3_600_000;

/** "还剩 31 小时 12 分" counting down live; orange under 24 h, red once overdue. */
export const DeadlineCountdown = ({
  deadlineAt,
  strong,
}: {
  deadlineAt: string;
  strong?: boolean;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const now = useNow(30_000);
  const { milliseconds: remaining, hours, minutes } = timeLeft(deadlineAt, now);
  const type = remaining < 0 ? 'danger' : remaining < 24 * HOUR ? 'warning' : undefined;
  const label =
    remaining < 0
      ? t('countdown.overdue', { hours, minutes })
      : t('countdown.remaining', { hours, minutes });
  return (
    <Tooltip title={t('countdown.deadline', { at: formatDateTime(deadlineAt) })}>
      <Typography.Text
        type={type}
        strong={strong || remaining < 0}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="deadline-countdown"
      >
        <ClockCircleOutlined aria-hidden /> {label}
      </Typography.Text>
    </Tooltip>
  );
};
