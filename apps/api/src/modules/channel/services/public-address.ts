import ipaddr from 'ipaddr.js';

// Global unicast IPv6 (2000::/3): anything outside it (site-local fec0::/10 included) is not public.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Whether a resolved address is on the public internet (RULES.md "Channels", Targets): ipaddr.js
 * names its special-purpose range, and only plain unicast is public — not loopback, private,
 * link-local (cloud metadata 169.254.169.254), CGNAT, multicast, broadcast, unspecified,
 * documentation or other reserved ranges. An IPv4 address written as IPv6 (::ffff:a.b.c.d, NAT64
 * 64:ff9b::/96, 6to4 2002::/16) is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  const bytes = v6.toByteArray();
  switch (v6.range()) {
    case 'ipv4Mapped':
      return isPublicAddress(v6.toIPv4Address().toString());
    case 'rfc6052':
      return isPublicAddress(bytes.slice(12, 16).join('.'));
    case '6to4':
      return isPublicAddress(bytes.slice(2, 6).join('.'));
    case 'unicast':
      return v6.match(GLOBAL_UNICAST_V6);
    default:
      return false;
  }
}
