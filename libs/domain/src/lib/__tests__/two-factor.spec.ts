import { normalizeRecoveryCode, otpauthUrl, requiresTwoFactor, totpCodeOf } from '../two-factor';

describe('two-factor sign-in rules', () => {
  it('writes the otpauth URL authenticator apps scan: issuer, label, SHA-1, 6 digits, 30 s', () => {
    const url = new URL(otpauthUrl('li.na+ops@agency.cn', 'JBSWY3DPEHPK3PXP'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/VeriDesk:li.na+ops@agency.cn');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'VeriDesk',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('reads a 6-digit code with spaces, and nothing else as one', () => {
    expect(totpCodeOf(' 123 456 ')).toBe('123456');
    expect(totpCodeOf('12345')).toBeNull();
    expect(totpCodeOf('abcde-fghij')).toBeNull();
  });

  it('compares recovery codes without case, spaces or dashes', () => {
    expect(normalizeRecoveryCode('ABCDE-fghij')).toBe('abcdefghij');
    expect(normalizeRecoveryCode(' abcde fghij ')).toBe('abcdefghij');
  });

  it("holds OWNERs and ADMINs only to the agency's requirement", () => {
    expect(requiresTwoFactor('OWNER', true)).toBe(true);
    expect(requiresTwoFactor('ADMIN', true)).toBe(true);
    expect(requiresTwoFactor('MANAGER', true)).toBe(false);
    expect(requiresTwoFactor('VIEWER', true)).toBe(false);
    expect(requiresTwoFactor('OWNER', false)).toBe(false);
  });
});
