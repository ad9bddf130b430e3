import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../generated/graphql';
import { platformHint } from '../utils/channel-deliveries';

/** Under a failure: what the platform's code means and what to do about it, when it is known. */
export const PlatformHintText = ({
  kind,
  lastError,
}: {
  kind: ChannelKind;
  lastError: string | null;
}) => {
  const { t } = useTranslation();
  const hint = platformHint(kind, lastError);
  return hint ? (
    <Typography.Paragraph
      type="secondary"
      style={{ margin: '8px 0 0' }}
      data-testid="platform-hint"
    >
      {t(`channels.hints.${hint}`)}
    </Typography.Paragraph>
  ) : null;
};
