import { createHmac } from 'node:crypto';
import type { ChannelAdapter } from './channel-adapter';
import { judgeRobot } from './platform-verdict';

/**
 * DingTalk's signature of a robot URL: base64(HMAC-SHA256(key = secret, message = timestamp +
 * "\n" + secret)), timestamp in milliseconds; DingTalk refuses a timestamp more than an hour off.
 */
export function dingTalkSign(timestampMs: string, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

export const DINGTALK_ADAPTER: ChannelAdapter = {
  kind: 'DINGTALK',
  request(target, message, _deliveryId, now) {
    let url = target.url;
    if (target.secret) {
      const timestamp = String(now.getTime());
      const sign = encodeURIComponent(dingTalkSign(timestamp, target.secret));
      url += `${url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${sign}`;
    }
    const body = JSON.stringify({
      msgtype: 'markdown',
      markdown: { title: message.title, text: message.markdown },
    });
    return { url, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body };
  },
  judge: (status, body) => judgeRobot(status, body, 'errcode', 'errmsg'),
};
