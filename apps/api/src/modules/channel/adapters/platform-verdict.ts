import type { PlatformVerdict } from './channel-adapter';

const SNIPPET = 200;

/** The first characters of an answer, on one line: enough to read a reason, never a whole page. */
function snippet(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > SNIPPET ? `${line.slice(0, SNIPPET)}…` : line;
}

function parseObject(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const is2xx = (status: number) => status >= 200 && status < 300;

/**
 * A group robot's verdict: HTTP 2xx AND the platform's own code 0. DingTalk and WeCom answer
 * `{errcode, errmsg}`, Feishu `{code, msg}`; all answer HTTP 200 with a non-zero code on a bad
 * signature, a wrong key or a rate limit, so a 200 alone proves nothing.
 */
export function judgeRobot(
  status: number,
  body: string,
  codeField: 'errcode' | 'code',
  messageField: 'errmsg' | 'msg',
): PlatformVerdict {
  const answer = parseObject(body);
  const rawCode = answer?.[codeField];
  const code = typeof rawCode === 'number' && Number.isInteger(rawCode) ? rawCode : null;
  const rawMessage = answer?.[messageField];
  const message = typeof rawMessage === 'string' ? snippet(rawMessage) : null;
  if (is2xx(status) && code === 0) return { ok: true, status, platformCode: 0, error: null };
  const reason =
    code !== null
      ? `, ${codeField} ${code}${message ? `: ${message}` : ''}`
      : body.trim()
        ? `, unexpected answer: ${snippet(body)}`
        : is2xx(status)
          ? ', empty answer'
          : '';
  return { ok: false, status, platformCode: code, error: `HTTP ${status}${reason}` };
}

/** A Standard Webhooks endpoint's verdict: any 2xx accepts the delivery. */
export function judgeWebhook(status: number, body: string): PlatformVerdict {
  if (is2xx(status)) return { ok: true, status, platformCode: null, error: null };
  const text = snippet(body);
  return {
    ok: false,
    status,
    platformCode: null,
    error: `HTTP ${status}${text ? `: ${text}` : ''}`,
  };
}
