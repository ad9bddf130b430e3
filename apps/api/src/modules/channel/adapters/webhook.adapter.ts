import { createHmac, randomBytes } from 'node:crypto';
import type { ChannelAdapter } from './channel-adapter';
import { judgeWebhook } from './platform-verdict';

const SECRET_PREFIX = 'whsec_';

/** A new Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes, shown once. */
export function createWebhookSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * The `webhook-signature` header of Standard Webhooks: `v1,` + base64(HMAC-SHA256(key = the
 * secret's bytes, message = id + "." + timestamp + "." + body)).
 */
export function standardWebhookSignature(
  secret: string,
  id: string,
  timestampSeconds: string,
  body: string,
): string {
  const key = Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
  const mac = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`, 'utf8');
  return `v1,${mac.digest('base64')}`;
}

export const WEBHOOK_ADAPTER: ChannelAdapter = {
  kind: 'WEBHOOK',
  request(target, message, deliveryId, now) {
    const body = JSON.stringify(message.webhook);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'webhook-id': deliveryId,
      'webhook-timestamp': timestamp,
    };
    if (target.secret) {
      headers['webhook-signature'] = standardWebhookSignature(
        target.secret,
        deliveryId,
        timestamp,
        body,
      );
    }
    return { url: target.url, headers, body };
  },
  judge: (status, body) => judgeWebhook(status, body),
};
