import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../utils/copy-text';

type CopyFieldProps = { label: string; value: string; copyLabel: string; monospace?: boolean };

/** A read-only value with its own label and a copy button, for links and secrets shown once. */
export const CopyField = ({ label, value, copyLabel, monospace }: CopyFieldProps) => {
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
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <Input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          style={
            monospace
              ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }
              : undefined
          }
        />
        <Button type="primary" icon={<CopyOutlined aria-hidden />} onClick={() => void onCopy()}>
          {copyLabel}
        </Button>
      </Space.Compact>
    </div>
  );
};
