import type { ChannelDeliveryStatus } from '../../../generated/graphql';

/** A PENDING delivery that was tried already is waiting for its next retry, not for its first send. */
export const deliveryStatusKey = (delivery: {
  status: ChannelDeliveryStatus;
  attempts: number;
}): 'PENDING' | 'RETRYING' | 'SENT' | 'FAILED' =>
  delivery.status === 'PENDING' && delivery.attempts > 0 ? 'RETRYING' : delivery.status;

export const DELIVERY_STATUS_COLORS: Record<ReturnType<typeof deliveryStatusKey>, string> = {
  PENDING: 'default',
  RETRYING: 'orange',
  SENT: 'green',
  FAILED: 'red',
};

/** The body as sent, indented for reading; anything that is not JSON is shown as it is. */
export const readablePayload = (payload: string): string => {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
};

export type PlatformHint = 'signature' | 'credential' | 'rateLimited' | 'unavailable';

/** The platforms' own codes (RULES.md "Channels": lastError names them) that a user can act on. */
const PLATFORM_CODES: Record<string, Record<number, PlatformHint>> = {
  // DingTalk answers 310000 for any failed security check: signature, keyword or IP range.
  DINGTALK: { 310000: 'signature', 300001: 'credential', 130101: 'rateLimited' },
  WECOM: { 93000: 'credential', 45009: 'rateLimited' },
  FEISHU: { 19021: 'signature', 19001: 'credential', 11232: 'rateLimited' },
};

/** What to do about a failed attempt, read from its lastError ("HTTP 200, errcode 310000: …"). */
export const platformHint = (kind: string, lastError: string | null): PlatformHint | null => {
  if (!lastError) return null;
  const code = /\b(?:errcode|code) (-?\d+)/.exec(lastError);
  if (code) return PLATFORM_CODES[kind]?.[Number(code[1])] ?? null;
  const status = /^HTTP (\d{3})/.exec(lastError);
  if (status && Number(status[1]) === 429) return 'rateLimited';
  if (status && Number(status[1]) >= 500) return 'unavailable';
  return null;
};
