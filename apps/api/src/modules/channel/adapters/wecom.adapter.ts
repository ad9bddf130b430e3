import type { ChannelAdapter } from './channel-adapter';
import { judgeRobot } from './platform-verdict';

/** WeCom refuses markdown content over 4,096 bytes of UTF-8 (errcode 40058). */
export const WECOM_MAX_CONTENT_BYTES = 4096;

const ELLIPSIS = '…';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Content WeCom accepts: unchanged when it fits; otherwise the text is cut on a character boundary
 * (never inside a UTF-8 sequence or a surrogate pair), an ellipsis marks the cut, and the last
 * paragraph — the dashboard link — is kept whole.
 */
export function fitWeComContent(markdown: string, maxBytes = WECOM_MAX_CONTENT_BYTES): string {
  if (bytes(markdown) <= maxBytes) return markdown;
  const split = markdown.lastIndexOf('\n');
  const lastLine = split >= 0 ? markdown.slice(split + 1) : '';
  const keepLink = lastLine.includes('](') && bytes(lastLine) < maxBytes / 2;
  const head = keepLink ? markdown.slice(0, split) : markdown;
  const tail = keepLink ? `${ELLIPSIS}\n${lastLine}` : ELLIPSIS;
  const budget = maxBytes - bytes(tail);
  let used = 0;
  let cut = '';
  for (const char of head) {
    const size = bytes(char);
    if (used + size > budget) break;
    used += size;
    cut += char;
  }
  return `${cut}${tail}`;
}

export const WECOM_ADAPTER: ChannelAdapter = {
  kind: 'WECOM',
  // The key in the URL is the credential: nothing is signed.
  request(target, message) {
    const body = JSON.stringify({
      msgtype: 'markdown',
      markdown: { content: fitWeComContent(message.markdown) },
    });
    return {
      url: target.url,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body,
    };
  },
  judge: (status, body) => judgeRobot(status, body, 'errcode', 'errmsg'),
};
