import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

// Site colours are stable so a manager learns them: warm for UTC+7, cool for UTC+8.
export const SITE_COLORS: Record<string, string> = {
  MY: 'blue',
  SG: 'geekblue',
  PH: 'cyan',
  TH: 'orange',
  VN: 'volcano',
  ID: 'gold',
};

export const SiteTag = ({ site }: { site: string }) => {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`sites.${site}`)}>
      <Tag color={SITE_COLORS[site]} style={{ marginInlineEnd: 4 }}>
        {site}
      </Tag>
    </Tooltip>
  );
};
