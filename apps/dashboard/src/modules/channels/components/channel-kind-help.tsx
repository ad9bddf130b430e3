import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../generated/graphql';

/**
 * Where the robot URL and secret are in each app, step by step, in the reader's language: the
 * form is filled with the group app open beside it.
 */
export const ChannelKindHelp = ({ kind }: { kind: ChannelKind }) => {
  const { t } = useTranslation();
  // Numbered keys ("1", "2", …) keep their order as an object's values.
  const steps = t(`channels.help.${kind}.steps`, { returnObjects: true }) as unknown;
  const stepTexts =
    steps && typeof steps === 'object' ? Object.values(steps as Record<string, string>) : [];
  return (
    <Alert
      type="info"
      showIcon
      data-testid="channel-kind-help"
      title={t(`channels.help.${kind}.title`)}
      description={
        <>
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {stepTexts.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t(`channels.help.${kind}.note`)}
          </Typography.Paragraph>
        </>
      }
    />
  );
};
