import { grantableRoles, canManageMember } from '../modules/auth/utils/roles';
import { safeRedirectPath } from '../modules/auth/utils/safe-redirect';
import { passwordLength } from '../modules/auth/utils/password-rules';

describe('safeRedirectPath', () => {
  it('keeps a path inside the app', () => {
    expect(safeRedirectPath('/settings/members?tab=1')).toBe('/settings/members?tab=1');
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'settings',
    '/sign-in?next=/',
  ])('refuses %s', (next) => {
    expect(safeRedirectPath(next)).toBe('/');
  });
});

describe('roles', () => {
  it('never offers OWNER to an ADMIN', () => {
    expect(grantableRoles('ADMIN')).toEqual(['ADMIN', 'MANAGER', 'VIEWER']);
    expect(grantableRoles('OWNER')).toEqual(['OWNER', 'ADMIN', 'MANAGER', 'VIEWER']);
  });

  it('offers nothing to MANAGER or VIEWER', () => {
    expect(grantableRoles('MANAGER')).toEqual([]);
    expect(grantableRoles('VIEWER')).toEqual([]);
  });

  it('lets only an OWNER change or remove an OWNER', () => {
    expect(canManageMember('ADMIN', 'OWNER')).toBe(false);
    expect(canManageMember('OWNER', 'OWNER')).toBe(true);
    expect(canManageMember('ADMIN', 'MANAGER')).toBe(true);
  });
});

describe('passwordLength', () => {
  it('counts characters as the server does, an emoji once', () => {
    expect(passwordLength('密码密码密码密码密码')).toBe(10);
    expect(passwordLength('😀😀😀😀😀😀😀😀😀')).toBe(9);
  });
});
