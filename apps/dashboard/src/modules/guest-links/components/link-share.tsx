import { Flex, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { CopyField } from '../../ui/components/copy-field';

type LinkShareProps = {
  url: string;
  label: string;
  copyLabel: string;
  qrAlt: string;
  hint: string;
};

/** A guest link to paste into WeChat, and its QR code to show on screen. */
export const LinkShare = ({ url, label, copyLabel, qrAlt, hint }: LinkShareProps) => (
  <Flex vertical gap={12} data-testid="guest-link-share">
    <CopyField label={label} value={url} copyLabel={copyLabel} monospace />
    <Flex gap={16} align="center" wrap>
      <QRCodeSVG
        value={url}
        size={148}
        marginSize={2}
        role="img"
        aria-label={qrAlt}
        title={qrAlt}
      />
      <Typography.Text type="secondary" style={{ flex: 1, minWidth: 180 }}>
        {hint}
      </Typography.Text>
    </Flex>
  </Flex>
);
