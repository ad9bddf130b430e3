import { Alert, App, Button, Card, Form, Image, Input, List, Space, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../apollo/components/form-error-alert';
import { useScopedFormError } from '../../apollo/hooks/use-scoped-form-error';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { copyText } from '../../ui/utils/copy-text';
import { useTwoFactor } from '../hooks/use-trust';

type CodeValues = { code: string };
const FIELDS = ['code'] as const;

/** A QR code of the otpauth:// URL, drawn in the browser (the secret never leaves the page). */
const QrImage = ({ url }: { url: string }) => {
  const { t } = useTranslation();
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(url, { margin: 1, width: 200 }).then((data) => live && setDataUrl(data));
    return () => {
      live = false;
    };
  }, [url]);
  return dataUrl ? (
    <Image
      src={dataUrl}
      alt={t('trust.twoFactor.qrAlt')}
      width={200}
      height={200}
      preview={false}
    />
  ) : null;
};

/** Asks for a code and hands it on; field errors land on the code. */
const CodeForm = ({
  submitLabel,
  danger,
  onSubmit,
  onCancel,
  loading,
}: {
  submitLabel: string;
  danger?: boolean;
  onSubmit: (code: string) => Promise<void>;
  onCancel: () => void;
  loading: boolean;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<CodeValues>();
  const { formError, showError, clearError } = useScopedFormError(
    form,
    FIELDS,
    'trust.twoFactor.errors',
  );
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      name="two-factor-code"
      onFinish={async ({ code }) => {
        clearError();
        try {
          await onSubmit(code.replace(/\s+/g, ''));
        } catch (error) {
          showError(error);
        }
      }}
      style={{ maxWidth: 320 }}
    >
      <Form.Item
        label={t('trust.twoFactor.code')}
        name="code"
        rules={[{ required: true, whitespace: true, message: t('trust.twoFactor.codeRequired') }]}
      >
        <Input autoComplete="one-time-code" inputMode="numeric" maxLength={64} />
      </Form.Item>
      <FormErrorAlert error={formError} />
      <Space wrap>
        <Button type="primary" danger={danger} htmlType="submit" loading={loading}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('trust.twoFactor.cancel')}</Button>
      </Space>
    </Form>
  );
};

/** Settings → 个人资料 → 两步验证: setup with a QR code, recovery codes shown once, turning off. */
export const TwoFactorCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { start, confirm, disable, loading } = useTwoFactor();
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const enabled = viewer.user.twoFactorEnabled;
  const required =
    viewer.agency.requireTwoFactor && ['OWNER', 'ADMIN'].includes(viewer.role) && !enabled;

  const begin = async () => {
    setError(null);
    try {
      setSetup(await start());
    } catch (caught) {
      setError(describeApiError(t, readApiError(caught)));
    }
  };

  return (
    <Card
      title={t('trust.twoFactor.title')}
      extra={
        <Tag color={enabled ? 'green' : 'default'} data-testid="two-factor-status">
          {enabled ? t('trust.twoFactor.on') : t('trust.twoFactor.off')}
        </Tag>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {required && <Alert type="warning" showIcon title={t('trust.twoFactor.required')} />}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('trust.twoFactor.description')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} />}

        {recoveryCodes ? (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Alert
              type="success"
              showIcon
              title={t('trust.twoFactor.recoveryTitle')}
              description={t('trust.twoFactor.recoveryHint')}
            />
            <List
              size="small"
              bordered
              grid={{ gutter: 8, xs: 2, sm: 2, md: 5 }}
              dataSource={recoveryCodes}
              data-testid="recovery-codes"
              renderItem={(code) => (
                <List.Item>
                  <Typography.Text code copyable={false}>
                    {code}
                  </Typography.Text>
                </List.Item>
              )}
            />
            <Space wrap>
              <Button
                onClick={async () => {
                  if (await copyText(recoveryCodes.join('\n')))
                    void message.success(t('trust.twoFactor.copied'));
                }}
              >
                {t('trust.twoFactor.copy')}
              </Button>
              <Button type="primary" onClick={() => setRecoveryCodes(null)}>
                {t('trust.twoFactor.saved')}
              </Button>
            </Space>
          </Space>
        ) : enabled ? (
          disabling ? (
            <>
              <Typography.Text>{t('trust.twoFactor.disableHint')}</Typography.Text>
              <CodeForm
                danger
                submitLabel={t('trust.twoFactor.disable')}
                loading={loading}
                onCancel={() => setDisabling(false)}
                onSubmit={async (code) => {
                  await disable(code);
                  setDisabling(false);
                  void message.success(t('trust.twoFactor.disabled'));
                }}
              />
            </>
          ) : (
            <Button danger onClick={() => setDisabling(true)}>
              {t('trust.twoFactor.disable')}
            </Button>
          )
        ) : setup ? (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Typography.Text>{t('trust.twoFactor.scan')}</Typography.Text>
            <QrImage url={setup.otpauthUrl} />
            <Typography.Text>
              {t('trust.twoFactor.secret')}:{' '}
              <Typography.Text
                code
                copyable
                data-testid="two-factor-secret"
                style={{ wordBreak: 'break-all' }}
              >
                {setup.secret}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text>{t('trust.twoFactor.enterCode')}</Typography.Text>
            <CodeForm
              submitLabel={t('trust.twoFactor.confirm')}
              loading={loading}
              onCancel={() => setSetup(null)}
              onSubmit={async (code) => {
                const codes = await confirm(code);
                setSetup(null);
                setRecoveryCodes(codes);
                void message.success(t('trust.twoFactor.enabled'));
              }}
            />
          </Space>
        ) : (
          <Button type="primary" onClick={begin} loading={loading}>
            {t('trust.twoFactor.start')}
          </Button>
        )}
      </Space>
    </Card>
  );
};
