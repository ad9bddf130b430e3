import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret with 256 bits of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** High-entropy secrets (API keys, invitation and session tokens) are stored as SHA-256 only. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A guest link's token (call prep, document request, calendar feed): 256 random bits, URL-safe,
 * the last path segment of the link; only its SHA-256 is stored.
 */
export function newGuestToken(): { token: string; hash: string } {
  const token = randomSecret(32);
  return { token, hash: sha256(token) };
}

/** A string that could be a guest token: anything else is not looked up at all. */
export function isGuestTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export const API_KEY_PREFIX = 'vdk_';

/** "vdk_<8 hex>_<secret>": the first part finds the row, the whole is checked against its hash. */
export function newApiKeySecret(): { prefix: string; secret: string } {
  const prefix = `${API_KEY_PREFIX}${randomBytes(4).toString('hex')}`;
  return { prefix, secret: `${prefix}_${randomSecret()}` };
}

export function apiKeyPrefixOf(secret: string): string | null {
  const match = /^(vdk_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$/.exec(secret);
  return match ? match[1] : null;
}
