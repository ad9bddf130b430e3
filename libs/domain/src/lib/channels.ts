import { canAdministerAgency, type Role } from './roles';

// Channels (RULES.md, "Channels"): who manages which channel, which targets a channel may have,
// which addresses a WEBHOOK may reach, and how a target is shown back with its secrets masked.

export type ChannelTargetKind = 'WECOM' | 'DINGTALK' | 'FEISHU' | 'WEBHOOK';

/**
 * OWNER/ADMIN manage every channel; a MANAGER only channels scoped to themselves (the channel's
 * manager is their own membership, before and after the change); VIEWER none.
 */
export function canManageChannel(
  caller: { role: Role; membershipId: string | null },
  channelManagerIds: Array<string | null>,
): boolean {
  if (canAdministerAgency(caller.role)) return true;
  if (caller.role !== 'MANAGER' || !caller.membershipId) return false;
  return channelManagerIds.every((managerId) => managerId === caller.membershipId);
}

export type ChannelUrlProblem = {
  code: 'INVALID_URL' | 'NOT_HTTPS' | 'WRONG_HOST';
  message: string;
};

const ROBOT_TARGETS: Record<Exclude<ChannelTargetKind, 'WEBHOOK'>, (url: URL) => boolean> = {
  DINGTALK: (url) =>
    url.hostname === 'oapi.dingtalk.com' &&
    url.pathname === '/robot/send' &&
    !!url.searchParams.get('access_token'),
  FEISHU: (url) =>
    (url.hostname === 'open.feishu.cn' || url.hostname === 'open.larksuite.com') &&
    /^\/open-apis\/bot\/v2\/hook\/[^/]+$/.test(url.pathname),
  WECOM: (url) =>
    url.hostname === 'qyapi.weixin.qq.com' &&
    url.pathname === '/cgi-bin/webhook/send' &&
    !!url.searchParams.get('key'),
};

const ROBOT_FORMS: Record<Exclude<ChannelTargetKind, 'WEBHOOK'>, string> = {
  DINGTALK: 'must be https://oapi.dingtalk.com/robot/send?access_token=…',
  FEISHU: 'must be https://open.feishu.cn/open-apis/bot/v2/hook/… (or open.larksuite.com)',
  WECOM: 'must be https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
};

/**
 * The URL's form for its kind: https, and the platform's own host and path for robots. With
 * `allowPrivate` (CHANNELS_ALLOW_PRIVATE_TARGETS) any http(s) URL passes; a WEBHOOK's host is
 * checked apart, against the addresses it resolves to (isPublicAddress in the channel module).
 */
export function channelUrlProblem(
  kind: ChannelTargetKind,
  raw: string,
  allowPrivate: boolean,
): ChannelUrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { code: 'INVALID_URL', message: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { code: 'INVALID_URL', message: 'must be an https:// URL' };
  }
  if (url.username || url.password) {
    return { code: 'INVALID_URL', message: 'must not carry a user name or password' };
  }
  if (allowPrivate) return null;
  if (url.protocol !== 'https:') return { code: 'NOT_HTTPS', message: 'must be an https:// URL' };
  if (kind === 'WEBHOOK') return null;
  return ROBOT_TARGETS[kind](url) ? null : { code: 'WRONG_HOST', message: ROBOT_FORMS[kind] };
}

const MASK = '••••';

/** The last 4 characters of a secret after the mask: enough to tell two robots apart. */
function masked(secret: string): string {
  return `${MASK}${secret.length > 8 ? secret.slice(-4) : ''}`;
}

/**
 * The target shown back: a robot URL's token or key (DingTalk access_token, WeCom key, the Feishu
 * hook id), and every query value and the path's last segment of a WEBHOOK, masked.
 */
export function maskChannelTarget(kind: ChannelTargetKind, raw: string): string {
  const url = new URL(raw.trim());
  const origin = `${url.protocol}//${url.host}`;
  const segments = url.pathname.split('/');
  const maskLast = kind === 'FEISHU' || (kind === 'WEBHOOK' && segments.length > 2);
  if (maskLast) {
    const last = segments.length - 1;
    if (segments[last]) segments[last] = masked(decodeURIComponent(segments[last]));
  }
  const query = [...url.searchParams.entries()]
    .map(([name, value]) => `${encodeURIComponent(name)}=${value ? masked(value) : ''}`)
    .join('&');
  return `${origin}${segments.join('/')}${query ? `?${query}` : ''}`;
}
