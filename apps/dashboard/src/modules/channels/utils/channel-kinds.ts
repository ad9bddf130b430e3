import type { ChannelKind } from '../../../generated/graphql';

/** In the order agencies use them: the two group apps most teams live in, Feishu, then integrators. */
export const CHANNEL_KINDS: readonly ChannelKind[] = ['DINGTALK', 'WECOM', 'FEISHU', 'WEBHOOK'];

/** The robots that sign with a secret the user pastes; a WEBHOOK's is generated, WeCom has none. */
export const kindTakesSecret = (kind: ChannelKind): boolean =>
  kind === 'DINGTALK' || kind === 'FEISHU';

/** The URL each platform hands out (RULES.md "Channels", Targets), as the field's placeholder. */
export const URL_PLACEHOLDERS: Record<ChannelKind, string> = {
  DINGTALK: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  WECOM: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
  FEISHU: 'https://open.feishu.cn/open-apis/bot/v2/hook/…',
  WEBHOOK: 'https://erp.example.com/hooks/veridesk',
};

/** Each app's own colour, so a row is recognised before its name is read. */
export const KIND_COLORS: Record<ChannelKind, string> = {
  DINGTALK: 'blue',
  WECOM: 'green',
  FEISHU: 'cyan',
  WEBHOOK: 'purple',
};

/** DingTalk's 加签 secret always starts with SEC; anything else is a copy of the wrong field. */
export const looksLikeDingTalkSecret = (secret: string): boolean => secret.trim().startsWith('SEC');
