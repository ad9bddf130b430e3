import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelDeliveryStatus } from '../../../generated/graphql';
import { DELIVERY_STATUS_COLORS, deliveryStatusKey } from '../utils/channel-deliveries';

/** 待发送 / 重试中 / 已送达 / 失败. */
export const ChannelDeliveryStatusTag = ({
  delivery,
}: {
  delivery: { status: ChannelDeliveryStatus; attempts: number };
}) => {
  const { t } = useTranslation();
  const key = deliveryStatusKey(delivery);
  return (
    <Tag color={DELIVERY_STATUS_COLORS[key]} data-testid="delivery-status">
      {t(`channels.deliveries.statuses.${key}`)}
    </Tag>
  );
};
