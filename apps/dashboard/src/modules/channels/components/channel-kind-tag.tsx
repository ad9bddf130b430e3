import {
  ApiOutlined,
  DingdingOutlined,
  MessageOutlined,
  WechatWorkOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../generated/graphql';
import { KIND_COLORS } from '../utils/channel-kinds';

const KIND_ICONS: Record<ChannelKind, ReactNode> = {
  DINGTALK: <DingdingOutlined aria-hidden />,
  WECOM: <WechatWorkOutlined aria-hidden />,
  FEISHU: <MessageOutlined aria-hidden />,
  WEBHOOK: <ApiOutlined aria-hidden />,
};

/** 钉钉 / 企业微信 / 飞书 / Webhook, each with its app's icon and colour. */
export const ChannelKindTag = ({ kind }: { kind: ChannelKind }) => {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} icon={KIND_ICONS[kind]} data-testid="channel-kind">
      {t(`channels.kinds.${kind}`)}
    </Tag>
  );
};
