import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_LADDER_LIMITS } from '@veridesk/domain';
import { ladderDayLabel, MAX_LADDER_DAYS, normalizeLadder } from '../utils/ladder-days';

type DayTagsEditorProps = {
  documentName: string;
  days: number[];
  disabled: boolean;
  invalid: boolean;
  onChange: (days: number[]) => void;
};

/** A ladder's days as tags: each removable, and one more added by typing a number. */
export const DayTagsEditor = ({
  documentName,
  days,
  disabled,
  invalid,
  onChange,
}: DayTagsEditorProps) => {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<number | null>(null);

  const label = (day: number) => {
    const { key, days: count } = ladderDayLabel(day);
    return t(key, { days: count });
  };

  const commit = () => {
    // Not clamped: an out-of-range day is saved and explained by the API's OUT_OF_RANGE.
    if (draft !== null && Number.isInteger(draft)) onChange(normalizeLadder([...days, draft]));
    setDraft(null);
    setAdding(false);
  };

  return (
    <Flex wrap gap={6} align="center">
      {days.map((day) => (
        <Tag
          key={day}
          data-testid="ladder-day"
          color={
            invalid && (day < REMINDER_LADDER_LIMITS.minDay || day > REMINDER_LADDER_LIMITS.maxDay)
              ? 'error'
              : 'default'
          }
        >
          <Flex align="center" gap={2}>
            <span>{label(day)}</span>
            <Button
              type="text"
              size="small"
              disabled={disabled}
              aria-label={t('reminderLadder.removeDay', {
                day: label(day),
                document: documentName,
              })}
              icon={<CloseOutlined aria-hidden style={{ fontSize: 10 }} />}
              onClick={() => onChange(days.filter((kept) => kept !== day))}
              style={{ width: 18, height: 18, minWidth: 18 }}
            />
          </Flex>
        </Tag>
      ))}
      {adding ? (
        <InputNumber
          autoFocus
          size="small"
          precision={0}
          value={draft}
          placeholder={t('reminderLadder.dayPlaceholder')}
          aria-label={t('reminderLadder.newDay', { document: documentName })}
          onChange={(value) => setDraft(typeof value === 'number' ? value : null)}
          onPressEnter={commit}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setDraft(null);
              setAdding(false);
            }
          }}
          style={{ width: 96 }}
        />
      ) : days.length < MAX_LADDER_DAYS ? (
        <Button
          size="small"
          type="dashed"
          disabled={disabled}
          icon={<PlusOutlined aria-hidden />}
          aria-label={t('reminderLadder.addDayFor', { document: documentName })}
          onClick={() => setAdding(true)}
        >
          {t('reminderLadder.addDay')}
        </Button>
      ) : null}
    </Flex>
  );
};
