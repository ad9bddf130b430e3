import { Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';

const OUTCOME_COLORS: Record<string, string> = {
  PASSED: 'green',
  FAILED: 'red',
  NO_SHOW: 'orange',
  INTERRUPTED: 'gold',
};

type Attempt = CaseDetailFieldsFragment['attempts'][number];

/** Every call of the case, oldest first, with Lazada's reasons and the freeze it added. */
export const AttemptsHistory = ({ attempts }: { attempts: Attempt[] }) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (attempts.length === 0) {
    return <Typography.Text type="secondary">{t('attempts.none')}</Typography.Text>;
  }
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={attempts.map((attempt) => ({
        key: attempt.id,
        color: OUTCOME_COLORS[attempt.outcome],
        content: (
          <div data-testid="attempt">
            <Flex gap={8} wrap align="center">
              <Tag color={OUTCOME_COLORS[attempt.outcome]} style={{ marginInlineEnd: 0 }}>
                {t(`attempts.outcomes.${attempt.outcome}`)}
              </Tag>
              <Typography.Text>{formatDateTime(attempt.occurredAt)}</Typography.Text>
              {attempt.freezeExtensionHours ? (
                <Typography.Text type="secondary">
                  {t('attempts.freezeExtended', { hours: attempt.freezeExtensionHours })}
                </Typography.Text>
              ) : null}
            </Flex>
            {attempt.failureReasons.length ? (
              <Flex gap={4} wrap style={{ marginTop: 4 }}>
                {attempt.failureReasons.map((reason) => (
                  <Tag key={reason}>{t(`attempts.reasons.${reason}`)}</Tag>
                ))}
              </Flex>
            ) : null}
            {attempt.note ? (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {attempt.note}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
};
