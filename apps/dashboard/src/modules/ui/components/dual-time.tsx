import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/use-session';
import { utcOffset, wallClock } from '../utils/dates';

type DualTimeProps = { startsAt: string; siteTimeZone: string; viewerTimeZone?: string };

/**
 * One instant on the site's clock and on the viewer's, side by side, so a slot is never booked
 * in the wrong zone: "10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)".
 */
export const DualTime = ({ startsAt, siteTimeZone, viewerTimeZone }: DualTimeProps) => {
  const { t } = useTranslation();
  const sessionZone = useSession().viewer?.user.timeZone;
  const viewerZone = viewerTimeZone ?? sessionZone ?? 'Asia/Shanghai';
  const city = (zone: string) => t(`cities.${zone}`, { defaultValue: zone });
  return (
    <Space size={4} wrap data-testid="dual-time">
      <Typography.Text strong>
        {wallClock(startsAt, siteTimeZone)} {city(siteTimeZone)} (
        {utcOffset(startsAt, siteTimeZone)})
      </Typography.Text>
      <Typography.Text type="secondary">=</Typography.Text>
      <Typography.Text>
        {wallClock(startsAt, viewerZone)} {city(viewerZone)} ({utcOffset(startsAt, viewerZone)})
      </Typography.Text>
    </Space>
  );
};
