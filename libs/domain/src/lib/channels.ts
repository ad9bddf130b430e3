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

/** How many messages a platform takes from one robot: per minute, and (Feishu) per second. */
export type ChannelRateLimit = { perMinute: number; perSecond: number | null };

/**
 * The platforms' own limits per robot (RULES.md "Channels"): DingTalk and WeCom 20 a minute,
 * Feishu 5 a second and 100 a minute. WEBHOOK endpoints have none (null).
 */
export const CHANNEL_RATE_LIMITS: Record<ChannelTargetKind, ChannelRateLimit | null> = {
  DINGTALK: { perMinute: 20, perSecond: null },
  WECOM: { perMinute: 20, perSecond: null },
  FEISHU: { perMinute: 100, perSecond: 5 },
  WEBHOOK: null,
};

/** Attempts of one delivery before it is FAILED. */
export const CHANNEL_MAX_ATTEMPTS = 8;
/** Failed attempts in a row after which a channel is disabled. */
export const CHANNEL_FAILURES_BEFORE_DISABLE = 10;
/** Deliveries are kept this many days. */
export const CHANNEL_DELIVERY_RETENTION_DAYS = 30;

/**
 * The wait before the next attempt after `attempts` failed ones: the first retry after `baseMs`,
 * each next one twice as long; null once the attempts are spent.
 */
export function channelRetryDelayMs(attempts: number, baseMs: number): number | null {
  if (attempts >= CHANNEL_MAX_ATTEMPTS) return null;
  return baseMs * 2 ** (attempts - 1);
}

/**
 * How many of `waiting` events to send one by one when `free` messages are left in the platform's
 * window: all when they fit; otherwise one fewer than fit, and the rest merged into the last message
 * (none dropped). `free` 0: nothing now, they wait.
 */
export function channelSendPlan(waiting: number, free: number): { single: number; merged: number } {
  if (waiting <= 0 || free <= 0) return { single: 0, merged: 0 };
  if (waiting <= free) return { single: waiting, merged: 0 };
  return { single: free - 1, merged: waiting - (free - 1) };
}

/**
 * The windows the limits are counted in, a little longer than the platform's own (a minute, a
 * second), so a message that takes a moment on the wire never lands in a full window.
 */
export const CHANNEL_RATE_WINDOWS_MS = { minute: 61_000, second: 1_100 } as const;

/**
 * How many messages a robot may take now, given when its recent ones went out, and how long until
 * the next one may go when none: `{ free, waitMs }`. No limit (WEBHOOK): Infinity.
 */
export function channelRateRoom(
  limit: ChannelRateLimit | null,
  recentSends: readonly Date[],
  now: Date,
): { free: number; waitMs: number } {
  if (!limit) return { free: Number.POSITIVE_INFINITY, waitMs: 0 };
  const at = now.getTime();
  const times = recentSends.map((sent) => sent.getTime()).sort((a, b) => a - b);
  const room = (windowMs: number, max: number) => {
    const inWindow = times.filter((time) => time > at - windowMs);
    const free = Math.max(0, max - inWindow.length);
    // When full, the window frees once its oldest counted message leaves it.
    const waitMs = free > 0 ? 0 : inWindow[inWindow.length - max] + windowMs - at;
    return { free, waitMs };
  };
  const minute = room(CHANNEL_RATE_WINDOWS_MS.minute, limit.perMinute);
  const second = limit.perSecond
    ? room(CHANNEL_RATE_WINDOWS_MS.second, limit.perSecond)
    : { free: Number.POSITIVE_INFINITY, waitMs: 0 };
  return {
    free: Math.min(minute.free, second.free),
    waitMs: Math.max(minute.waitMs, second.waitMs),
  };
}
