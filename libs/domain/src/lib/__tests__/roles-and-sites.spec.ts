import { canAdministerAgency, canGrantRole, canWritePortfolio } from '../roles';
import { isIanaTimeZone, SITE_TIME_ZONES } from '../sites';

describe('roles', () => {
  it.each([
    ['OWNER', true, true],
    ['ADMIN', true, true],
    ['MANAGER', false, true],
    ['VIEWER', false, false],
  ] as const)('%s administers: %s, writes the portfolio: %s', (role, administers, writes) => {
    expect(canAdministerAgency(role)).toBe(administers);
    expect(canWritePortfolio(role)).toBe(writes);
  });

  it('lets an ADMIN grant up to ADMIN but never OWNER', () => {
    expect(canGrantRole('ADMIN', 'ADMIN')).toBe(true);
    expect(canGrantRole('ADMIN', 'OWNER')).toBe(false);
    expect(canGrantRole('OWNER', 'OWNER')).toBe(true);
    expect(canGrantRole('MANAGER', 'VIEWER')).toBe(false);
  });
});

describe('sites and zones', () => {
  it('maps the UTC+7 sites and the UTC+8 sites to their IANA zones', () => {
    expect(SITE_TIME_ZONES.TH).toBe('Asia/Bangkok');
    expect(SITE_TIME_ZONES.ID).toBe('Asia/Jakarta');
    expect(SITE_TIME_ZONES.MY).toBe('Asia/Kuala_Lumpur');
  });

  it.each([
    ['Asia/Shanghai', true],
    ['Asia/Ho_Chi_Minh', true],
    ['UTC', true],
    ['UTC+8', false],
    ['GMT+7', false],
    ['Asia/Atlantis', false],
    ['', false],
  ])('recognises %s as an IANA zone: %s', (zone, valid) => {
    expect(isIanaTimeZone(zone)).toBe(valid);
  });
});
