import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { GUEST_OPERATIONS } from '../guest/graphql/guest.operations';
import { guestRoute } from '../guest/utils/guest-api';
import { fill, pickGuestLocale } from '../guest/utils/guest-texts';
import { calendarDay, clockTime, countdown } from '../guest/utils/guest-time';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../api/schema.graphql'), 'utf8'));

describe('the guest pages', () => {
  it.each(Object.entries(GUEST_OPERATIONS))(
    'send %s as the API schema defines it (plain strings cannot drift)',
    (_name, operation) => {
      expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
    },
  );

  it('take the token from the last path segment of /p/ and /d/ links only', () => {
    const token = 'Xb3kq9_T-0aZ8wYc1mN2pL5vR7sU4eGh6jK0dF3aB1c';
    expect(guestRoute(`/p/${token}`)).toEqual({ kind: 'call-prep', token });
    expect(guestRoute(`/d/${token}/`)).toEqual({ kind: 'document-request', token });
    expect(guestRoute(`/x/${token}`)).toBeNull();
    expect(guestRoute('/p/short')).toBeNull();
    expect(guestRoute(`/p/${token}/extra`)).toBeNull();
  });

  it('speak Chinese first, English only when the browser prefers it', () => {
    expect(pickGuestLocale([])).toBe('zh-CN');
    expect(pickGuestLocale(['th-TH', 'zh-TW'])).toBe('zh-CN');
    expect(pickGuestLocale(['en-US', 'zh-CN'])).toBe('en');
    expect(pickGuestLocale(['zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(fill('{{a}} = {{b}} {{c}}', { a: 1, b: 'x' })).toBe('1 = x {{c}}');
  });

  it('read 10:00 Bangkok as 11:00 Beijing, the date on each clock', () => {
    const slot = '2026-12-01T03:00:00.000Z';
    expect(clockTime(slot, 'Asia/Bangkok')).toBe('10:00');
    expect(clockTime(slot, 'Asia/Shanghai')).toBe('11:00');
    expect(calendarDay('2026-12-01T16:30:00.000Z', 'Asia/Jakarta')).toBe('2026-12-01');
    expect(calendarDay('2026-12-01T16:30:00.000Z', 'Asia/Manila')).toBe('2026-12-02');
  });

  it('count down in whole days, hours and minutes, then say it has passed', () => {
    const now = Date.parse('2026-12-01T00:00:00.000Z');
    expect(countdown('2026-12-02T03:04:59.000Z', now)).toEqual({
      past: false,
      days: 1,
      hours: 3,
      minutes: 4,
    });
    expect(countdown('2026-11-30T23:59:00.000Z', now).past).toBe(true);
  });
});
