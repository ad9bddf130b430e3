import { createHmac } from 'node:crypto';
import type { ChannelAdapter } from './channel-adapter';
import { judgeRobot } from './platform-verdict';

/**
 * Feishu's signature: base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = "")), the
 * timestamp in seconds; Feishu refuses one more than an hour off (code 19021).
 */
export function feishuSign(timestampSeconds: string, secret: string): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

/** The card's header already shows the title: the body starts after the bold headline. */
function cardContent(title: string, markdown: string): string {
  const headline = `**${title}**\n\n`;
  return markdown.startsWith(headline) ? markdown.slice(headline.length) : markdown;
}

export const FEISHU_ADAPTER: ChannelAdapter = {
  kind: 'FEISHU',
  request(target, message, _deliveryId, now) {
    const signature = target.secret
      ? (() => {
          const timestamp = String(Math.floor(now.getTime() / 1000));
          return { timestamp, sign: feishuSign(timestamp, target.secret as string) };
        })()
      : {};
    const body = JSON.stringify({
      ...signature,
      msg_type: 'interactive',
      card: {
        config: { wide_screen_mode: true },
        header: { template: 'blue', title: { tag: 'plain_text', content: message.title } },
        elements: [{ tag: 'markdown', content: cardContent(message.title, message.markdown) }],
      },
    });
    return {
      url: target.url,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body,
    };
  },
  judge: (status, body) => judgeRobot(status, body, 'code', 'msg'),
};
