import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../ui/utils/copy-text';

type FeedLinkFieldProps = { label: string; value: string; copyLabel: string };

/**
 * A long URL shown whole (it wraps, so a phone shows all of it, not the first 15 characters) with
 * its copy button.
 */
export const FeedLinkField = ({ label, value, copyLabel }: FeedLinkFieldProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useId();

  const onCopy = async () => {
    if (await copyText(value)) void message.success(t('common.copied'));
    else void message.error(t('common.copyFailed'));
  };

  return (
    <div>
      <Typography.Text strong>
        <label htmlFor={id}>{label}</label>
      </Typography.Text>
      <Flex gap={8} wrap align="flex-start" style={{ marginTop: 8 }}>
        <Input.TextArea
          id={id}
          readOnly
          value={value}
          autoSize
          onFocus={(event) => event.target.select()}
          style={{
            flex: '1 1 320px',
            wordBreak: 'break-all',
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          }}
        />
        <Button type="primary" icon={<CopyOutlined aria-hidden />} onClick={() => void onCopy()}>
          {copyLabel}
        </Button>
      </Flex>
    </div>
  );
};
