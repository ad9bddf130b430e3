import { Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelEvent } from '../../../generated/graphql';
import { CHANNEL_EVENTS, DEFAULT_CHANNEL_EVENTS } from '../utils/channel-events';

type ChannelEventPickerProps = {
  value?: ChannelEvent[];
  onChange?: (events: ChannelEvent[]) => void;
  id?: string;
};

/** The eleven events, each with what it means in one line; a Form.Item control. */
export const ChannelEventPicker = ({ value = [], onChange, id }: ChannelEventPickerProps) => {
  const { t } = useTranslation();
  return (
    <div id={id} role="group" aria-label={t('channels.form.events')}>
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => onChange?.([...CHANNEL_EVENTS])}>
          {t('channels.events.all')}
        </Button>
        <Button size="small" onClick={() => onChange?.([...DEFAULT_CHANNEL_EVENTS])}>
          {t('channels.events.defaults')}
        </Button>
        <Button size="small" onClick={() => onChange?.([])}>
          {t('channels.events.none')}
        </Button>
      </Flex>
      <Checkbox.Group
        value={value}
        onChange={(events) => onChange?.(events as ChannelEvent[])}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={8}>
          {CHANNEL_EVENTS.map((event) => (
            <Checkbox key={event} value={event}>
              <Typography.Text strong>{t(`channels.eventNames.${event}`)}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {t(`channels.eventDescriptions.${event}`)}
              </Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    </div>
  );
};
