import { App, Card, Checkbox, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useUpdateChecklist } from '../hooks/use-case-mutations';

type ChecklistCardProps = { verificationCase: CaseDetailFieldsFragment; editable: boolean };

/** The preparation checklist, ticked as the team gets ready for the call. */
export const ChecklistCard = ({ verificationCase, editable }: ChecklistCardProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { updateChecklist } = useUpdateChecklist();
  // Ticks show at once; the server's answer (or a failure) settles them.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const items = verificationCase.checklist.map((item) => ({
    ...item,
    done: pending[item.key] ?? item.done,
  }));
  const done = items.filter((item) => item.done).length;

  const toggle = async (key: string, next: boolean) => {
    setPending((current) => ({ ...current, [key]: next }));
    try {
      await updateChecklist({ caseId: verificationCase.id, key, done: next });
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    } finally {
      setPending((current) => {
        const rest = { ...current };
        delete rest[key];
        return rest;
      });
    }
  };

  return (
    <Card
      id="checklist"
      title={t('checklist.title')}
      extra={
        <Typography.Text type="secondary">
          {t('checklist.progress', { done, total: items.length })}
        </Typography.Text>
      }
    >
      <Progress
        percent={items.length ? Math.round((done / items.length) * 100) : 0}
        showInfo={false}
        size="small"
        aria-hidden
      />
      <Flex vertical gap={6} style={{ marginTop: 8 }}>
        {items.map((item) => (
          <Checkbox
            key={item.key}
            checked={item.done}
            disabled={!editable || item.key in pending}
            onChange={(event) => void toggle(item.key, event.target.checked)}
          >
            {t(`checklist.items.${item.key}`, { defaultValue: item.label })}
          </Checkbox>
        ))}
      </Flex>
      {editable ? null : (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('checklist.readOnly')}
        </Typography.Paragraph>
      )}
    </Card>
  );
};
