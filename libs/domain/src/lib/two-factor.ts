import type { Role } from './roles';

/**
 * Two-factor sign-in (RFC 6238 TOTP) as every common authenticator app reads it — WeChat/Tencent,
 * Microsoft and Google Authenticator: SHA-1, 6 digits, 30-second steps; a code of the step before or
 * after is accepted too (clock drift), and no step twice.
 */
export const TOTP = {
  issuer: 'VeriDesk',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  window: 1,
} as const;
export const RECOVERY_CODE_COUNT = 10;

/** The otpauth:// URL an authenticator app scans: `otpauth://totp/VeriDesk:<email>?secret=…&issuer=VeriDesk`. */
export function otpauthUrl(email: string, secret: string): string {
  const label = encodeURIComponent(`${TOTP.issuer}:${email}`)
    .replace(/%40/g, '@')
    .replace(/%3A/g, ':');
  return `otpauth://totp/${label}?secret=${secret}&issuer=${TOTP.issuer}&algorithm=${TOTP.algorithm}&digits=${TOTP.digits}&period=${TOTP.period}`;
}

/** A 6-digit authenticator code (spaces ignored), or null when `value` is not one. */
export function totpCodeOf(value: string): string | null {
  const code = value.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

/** A recovery code as stored (hashed): lower case, without spaces or dashes. */
export function normalizeRecoveryCode(value: string): string {
  return value.replace(/[\s-]+/g, '').toLowerCase();
}

/** Whether the agency's setting makes a member of this role turn two-factor sign-in on first. */
export function requiresTwoFactor(role: Role, agencyRequiresIt: boolean): boolean {
  return agencyRequiresIt && (role === 'OWNER' || role === 'ADMIN');
}
