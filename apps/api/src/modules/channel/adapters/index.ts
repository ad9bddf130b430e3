import type { ChannelAdapter, ChannelKind } from './channel-adapter';
import { DINGTALK_ADAPTER } from './dingtalk.adapter';
import { FEISHU_ADAPTER } from './feishu.adapter';
import { WECOM_ADAPTER } from './wecom.adapter';
import { WEBHOOK_ADAPTER } from './webhook.adapter';

export * from './channel-adapter';
export { dingTalkSign } from './dingtalk.adapter';
export { feishuSign } from './feishu.adapter';
export { fitWeComContent, WECOM_MAX_CONTENT_BYTES } from './wecom.adapter';
export { createWebhookSigningSecret, standardWebhookSignature } from './webhook.adapter';

/** The adapter of each channel kind: `CHANNEL_ADAPTERS[channel.kind].request(…)`. */
export const CHANNEL_ADAPTERS: Record<ChannelKind, ChannelAdapter> = {
  DINGTALK: DINGTALK_ADAPTER,
  WECOM: WECOM_ADAPTER,
  FEISHU: FEISHU_ADAPTER,
  WEBHOOK: WEBHOOK_ADAPTER,
};
