import { checkPassword, isValidEmail, normalizeEmail, slugify } from '../identity';

describe('identity rules', () => {
  it.each([
    ['li.na@agency.cn', true],
    ['ops+lazada@example.com.my', true],
    ['no-at-sign.example.com', false],
    ['two@@example.com', false],
    ['spaces in@example.com', false],
    ['nodomain@localhost', false],
    ['', false],
  ])('accepts %s as an email: %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it('normalizes email case and surrounding spaces', () => {
    expect(normalizeEmail('  Li.Na@Agency.CN ')).toBe('li.na@agency.cn');
  });

  it.each([
    ['short', 'TOO_SHORT'],
    ['123456789', 'TOO_SHORT'],
    ['1234567890', null],
    ['密码密码密码密码密码', null],
    ['x'.repeat(257), 'TOO_LONG'],
  ])('judges password %s as %s', (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it.each([
    ['Shenzhen Bright Sea Trading', 'shenzhen-bright-sea-trading'],
    ['深圳跨境服务商', 'agency'],
    ['  Café ÉLAN  ', 'cafe-elan'],
  ])('slugifies %s to %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
