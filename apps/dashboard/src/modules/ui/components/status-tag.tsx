import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type StatusKind = 'case' | 'verification' | 'store' | 'document' | 'severity';

const COLORS: Record<StatusKind, Record<string, string>> = {
  case: {
    AWAITING_BOOKING: 'orange',
    SCHEDULED: 'blue',
    FAILED: 'red',
    OVERDUE: 'magenta',
    PASSED: 'green',
    CANCELLED: 'default',
  },
  verification: {
    NOT_REQUIRED: 'default',
    AWAITING_BOOKING: 'orange',
    SCHEDULED: 'blue',
    FAILED: 'red',
    OVERDUE: 'magenta',
    VERIFIED: 'green',
  },
  store: {
    ACTIVE: 'green',
    RESTRICTED: 'orange',
    FROZEN: 'red',
    UNDER_REVIEW: 'gold',
    CLOSED: 'default',
  },
  document: { VALID: 'green', EXPIRING_SOON: 'orange', EXPIRED: 'red' },
  severity: { BLOCKER: 'red', WARNING: 'gold' },
};

/** A status in the reader's words with a colour that means the same everywhere. */
export const StatusTag = ({ kind, status }: { kind: StatusKind; status: string }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[kind][status] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`status.${kind}.${status}`)}
    </Tag>
  );
};
