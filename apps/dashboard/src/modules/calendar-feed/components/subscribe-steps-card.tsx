import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { CALENDAR_APPS } from '../utils/webcal';

/** Step-by-step subscription, one tab per calendar app (steps keyed 1, 2, 3…: read in order). */
export const SubscribeStepsCard = () => {
  const { t } = useTranslation();
  return (
    <Card title={t('calendarFeed.howTitle')}>
      <Tabs
        items={CALENDAR_APPS.map((app) => ({
          key: app,
          label: t(`calendarFeed.apps.${app}`),
          children: (
            <ol style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }}>
              {Object.values(
                t(`calendarFeed.steps.${app}`, { returnObjects: true }) as Record<string, string>,
              ).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ),
        }))}
      />
    </Card>
  );
};
