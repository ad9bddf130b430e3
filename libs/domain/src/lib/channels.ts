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
 * checked apart, against the addresses it resolves to (isPublicAddress).
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

function ipv4Octets(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return octets.every((octet) => octet >= 0 && octet <= 255) ? octets : null;
}

function isPublicIpv4([a, b, c]: number[]): boolean {
  if (a === 0) return false; // "this network", unspecified
  if (a === 10) return false; // private
  if (a === 127) return false; // loopback
  if (a === 100 && b >= 64 && b <= 127) return false; // CGNAT
  if (a === 169 && b === 254) return false; // link-local, cloud metadata (169.254.169.254)
  if (a === 172 && b >= 16 && b <= 31) return false; // private
  if (a === 192 && b === 168) return false; // private
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
  if (a >= 224) return false; // multicast, reserved, broadcast
  return true;
}

/** The 8 groups of an IPv6 address (embedded IPv4 expanded), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const octets = ipv4Octets(tail);
    if (!octets) return null;
    const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hex(octets[0], octets[1])}:${hex(octets[2], octets[3])}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (half: string) => (half ? half.split(':') : []);
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}

/**
 * Whether a resolved address is on the public internet: not loopback, private, link-local, CGNAT,
 * cloud metadata, multicast, unspecified or documentation — nor an IPv6 form of one of those.
 */
export function isPublicAddress(address: string): boolean {
  const v4 = ipv4Octets(address);
  if (v4) return isPublicIpv4(v4);
  const groups = ipv6Groups(address);
  if (!groups) return false;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  // ::ffff:a.b.c.d (IPv4-mapped), ::a.b.c.d (IPv4-compatible), 64:ff9b::a.b.c.d (NAT64)
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0)) {
    if (g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return false; // :: and ::1
    return isPublicIpv4(embedded);
  }
  if (g0 === 0x64 && g1 === 0xff9b) return isPublicIpv4(embedded);
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return false; // site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  if (g0 === 0x2002) return isPublicIpv4([g1 >> 8, g1 & 0xff, g2 >> 8, g2 & 0xff]); // 6to4
  return (g0 & 0xe000) === 0x2000; // global unicast 2000::/3 only
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
