import { formatDateTime } from '../modules/ui/utils/dates';
import { normalizeLocale } from '../modules/i18n/utils/locales';

describe('normalizeLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['th', null],
    [null, null],
  ])('maps %s to %s', (value, expected) => {
    expect(normalizeLocale(value)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('shows an instant in the given zone, 24-hour in Chinese', () => {
    expect(formatDateTime('2026-12-01T03:00:00Z', 'zh-CN', 'Asia/Shanghai')).toContain('11:00');
    expect(formatDateTime('2026-12-01T03:00:00Z', 'zh-CN', 'Asia/Bangkok')).toContain('10:00');
  });

  it('leaves an unreadable value as it is', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
