import { Alert, App, Button, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType, ReminderLadderFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError, describeFieldError } from '../../apollo/utils/describe-api-error';
import { useReminderLadders, useUpdateReminderLadder } from '../hooks/use-reminder-ladders';
import { DEFAULT_LADDER_DAYS, sameLadder } from '../utils/ladder-days';
import { DayTagsEditor } from './day-tags-editor';

type Drafts = Partial<Record<DocumentType, number[]>>;
type RowErrors = Partial<Record<DocumentType, string>>;

/** A failed save in the reader's language: the ladder's own words for its days, else the API's. */
const describeLadderError = (t: TFunction, exists: (key: string) => boolean, error: unknown) => {
  const apiError = readApiError(error);
  const fieldError = apiError.fieldErrors.find((candidate) => candidate.field.startsWith('days'));
  if (!fieldError) return describeApiError(t, apiError);
  const key = `reminderLadder.errors.days.${fieldError.code}`;
  return exists(key) ? t(key) : describeFieldError(t, fieldError);
};

/** Per document type, the days before expiry the digest brings a document up again. */
export const ReminderLadderCard = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { ladders, loading, error } = useReminderLadders();
  const { updateLadder } = useUpdateReminderLadder();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [rowErrors, setRowErrors] = useState<RowErrors>({});
  const [saving, setSaving] = useState<DocumentType | null>(null);

  const setDraft = (documentType: DocumentType, days: number[] | undefined) =>
    setDrafts((current) => ({ ...current, [documentType]: days }));
  const setRowError = (documentType: DocumentType, text: string | undefined) =>
    setRowErrors((current) => ({ ...current, [documentType]: text }));

  const save = async (ladder: ReminderLadderFieldsFragment, days: number[]) => {
    const name = t(`documents.types.${ladder.documentType}`);
    setSaving(ladder.documentType);
    setRowError(ladder.documentType, undefined);
    try {
      await updateLadder(ladder.documentType, days);
      setDraft(ladder.documentType, undefined);
      void message.success(
        t(days.length ? 'reminderLadder.saved' : 'reminderLadder.restored', { document: name }),
      );
    } catch (saveError) {
      setRowError(
        ladder.documentType,
        describeLadderError(t, (key) => i18n.exists(key), saveError),
      );
    } finally {
      setSaving(null);
    }
  };

  const restore = (ladder: ReminderLadderFieldsFragment) => {
    setRowError(ladder.documentType, undefined);
    // A default ladder with unsaved edits only needs the edits dropped.
    if (!ladder.custom) setDraft(ladder.documentType, undefined);
    else void save(ladder, []);
  };

  return (
    <Card title={t('reminderLadder.title')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('reminderLadder.description', {
          days: DEFAULT_LADDER_DAYS.join(' / '),
        })}
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
      ) : !ladders ? (
        loading ? (
          <Skeleton active />
        ) : null
      ) : (
        <Table<ReminderLadderFieldsFragment>
          rowKey="documentType"
          size="middle"
          pagination={false}
          dataSource={ladders}
          columns={[
            {
              key: 'documentType',
              title: t('reminderLadder.columns.documentType'),
              width: 200,
              render: (_, ladder) => (
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>
                    {t(`documents.types.${ladder.documentType}`)}
                  </Typography.Text>
                  {ladder.custom ? (
                    <Tag color="blue">{t('reminderLadder.custom')}</Tag>
                  ) : (
                    <Typography.Text type="secondary">
                      {t('reminderLadder.default')}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: 'days',
              title: t('reminderLadder.columns.days'),
              render: (_, ladder) => {
                const rowError = rowErrors[ladder.documentType];
                return (
                  <>
                    <DayTagsEditor
                      documentName={t(`documents.types.${ladder.documentType}`)}
                      days={drafts[ladder.documentType] ?? ladder.days}
                      disabled={saving === ladder.documentType}
                      invalid={Boolean(rowError)}
                      onChange={(days) => {
                        setRowError(ladder.documentType, undefined);
                        setDraft(ladder.documentType, days);
                      }}
                    />
                    {rowError ? (
                      <Typography.Text
                        type="danger"
                        role="alert"
                        style={{ display: 'block', marginTop: 4 }}
                      >
                        {rowError}
                      </Typography.Text>
                    ) : null}
                  </>
                );
              },
            },
            {
              key: 'actions',
              title: t('reminderLadder.columns.actions'),
              width: 200,
              render: (_, ladder) => {
                const draft = drafts[ladder.documentType];
                const dirty = draft !== undefined && !sameLadder(draft, ladder.days);
                return (
                  <Flex gap={8}>
                    <Button
                      size="small"
                      type="primary"
                      // "应用", not "保存": the agency form above already has a 保存 button.
                      disabled={!dirty || !draft?.length}
                      loading={saving === ladder.documentType && draft !== undefined}
                      // An emptied ladder would restore the default: that is the other button's job.
                      onClick={() => draft && void save(ladder, draft)}
                    >
                      {t('reminderLadder.save')}
                    </Button>
                    <Button
                      size="small"
                      disabled={!ladder.custom && !dirty}
                      onClick={() => restore(ladder)}
                    >
                      {t('reminderLadder.restore')}
                    </Button>
                  </Flex>
                );
              },
            },
          ]}
        />
      )}
    </Card>
  );
};
