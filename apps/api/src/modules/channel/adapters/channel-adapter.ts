// One adapter per outbound protocol (DingTalk, WeCom and Feishu group robots; Standard Webhooks),
// behind one interface: the channel service builds a message once, each adapter turns it into the
// exact request its platform checks, and judges the platform's answer. RULES.md, "Channels".

export const CHANNEL_KINDS = ['WECOM', 'DINGTALK', 'FEISHU', 'WEBHOOK'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_EVENTS = [
  'CASE_OPENED',
  'CASE_DUE_SOON',
  'CASE_OVERDUE',
  'APPOINTMENT_BOOKED',
  'ATTEMPT_FAILED',
  'CASE_PASSED',
  'STORE_RESTRICTED',
  'DOCUMENT_EXPIRING',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_SUBMITTED',
  'DAILY_DIGEST',
] as const;
export type ChannelEvent = (typeof CHANNEL_EVENTS)[number];

/** What happened, once, in both forms every protocol needs. Never an ID number, phone or secret. */
export type ChannelMessage = {
  event: ChannelEvent;
  /** A short title in the channel's locale (DingTalk's markdown.title, a Feishu card header). */
  title: string;
  /** The robot card in the channel's locale: entity, site, what happened, times, dashboard link. */
  markdown: string;
  /** The typed JSON event of a WEBHOOK: `{ type: 'case.opened', timestamp, data }`. */
  webhook: { type: string; timestamp: string; data: Record<string, unknown> };
};

/** A channel's target as stored (the secret unsealed only for the send). */
export type ChannelTarget = { url: string; secret: string | null };

/** The exact HTTP request an adapter sends: POST, no redirects followed. */
export type OutgoingRequest = { url: string; headers: Record<string, string>; body: string };

/** The platform's verdict on one attempt: 2xx and, for robots, the platform's own code 0. */
export type PlatformVerdict = {
  ok: boolean;
  status: number;
  /** The platform's own code (errcode / code) when it answered with one. */
  platformCode: number | null;
  /** A readable reason for a failed attempt: the status, the platform's code and message. */
  error: string | null;
};

export type ChannelAdapter = {
  kind: ChannelKind;
  /**
   * The request for one attempt. `deliveryId` is the delivery's id (WEBHOOK: `webhook-id`, the same
   * on every retry); `now` signs it (DingTalk ms, Feishu and Standard Webhooks seconds).
   */
  request(
    target: ChannelTarget,
    message: ChannelMessage,
    deliveryId: string,
    now: Date,
  ): OutgoingRequest;
  /** Judges the answer: HTTP status and the raw response body. */
  judge(status: number, body: string): PlatformVerdict;
};
