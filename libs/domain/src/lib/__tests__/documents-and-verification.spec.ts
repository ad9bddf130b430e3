import { daysBetween, isIsoDate } from '../dates';
import { documentValidity } from '../documents';
import {
  caseStatus,
  CaseFacts,
  defaultDeadline,
  hoursRemaining,
  storedCaseFacts,
  verificationStatusOf,
} from '../verification';
import { isWithinRecommendedHours, localTimes, siteWallClockToInstant } from '../sites';

describe('document validity', () => {
  it.each([
    [null, '2026-12-01', 'VALID', null],
    ['2027-06-30', '2026-12-01', 'VALID', 211],
    ['2026-12-31', '2026-12-01', 'EXPIRING_SOON', 30],
    ['2027-01-01', '2026-12-01', 'VALID', 31],
    ['2026-12-01', '2026-12-01', 'EXPIRING_SOON', 0], // valid through its expiry date
    ['2026-11-30', '2026-12-01', 'EXPIRED', -1],
  ] as const)('expiring %s, today %s: %s (%s days)', (expiresOn, today, status, days) => {
    expect(documentValidity(expiresOn, today, 30)).toEqual({ status, daysUntilExpiry: days });
  });

  it('honours the agency warning window', () => {
    expect(documentValidity('2027-01-15', '2026-12-01', 60).status).toBe('EXPIRING_SOON');
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-1')).toBe(false);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});

describe('case status', () => {
  const notice = new Date('2026-12-01T02:00:00.000Z');
  const base: CaseFacts = {
    deadlineAt: defaultDeadline(notice),
    passedAt: null,
    cancelledAt: null,
    appointmentBookedAt: null,
    lastAttempt: null,
  };
  const at = (iso: string) => new Date(iso);

  it('gives a 72-hour deadline by default', () => {
    expect(base.deadlineAt.toISOString()).toBe('2026-12-04T02:00:00.000Z');
  });

  it.each<[string, Partial<CaseFacts>, string, string]>([
    ['a fresh case', {}, '2026-12-01T03:00:00Z', 'AWAITING_BOOKING'],
    [
      'a booked case',
      { appointmentBookedAt: at('2026-12-01T04:00:00Z') },
      '2026-12-01T05:00:00Z',
      'SCHEDULED',
    ],
    [
      'a case after a failed call',
      { lastAttempt: { outcome: 'FAILED', recordedAt: at('2026-12-02T03:00:00Z') } },
      '2026-12-02T04:00:00Z',
      'FAILED',
    ],
    [
      'a case re-booked after a no-show',
      {
        appointmentBookedAt: at('2026-12-02T05:00:00Z'),
        lastAttempt: { outcome: 'NO_SHOW', recordedAt: at('2026-12-02T03:00:00Z') },
      },
      '2026-12-02T06:00:00Z',
      'SCHEDULED',
    ],
    [
      'a case past its deadline',
      { appointmentBookedAt: at('2026-12-01T04:00:00Z') },
      '2026-12-04T02:00:01Z',
      'OVERDUE',
    ],
    [
      'a passed case, even late',
      { passedAt: at('2026-12-03T03:00:00Z') },
      '2026-12-09T00:00:00Z',
      'PASSED',
    ],
    [
      'a cancelled case',
      { cancelledAt: at('2026-12-01T05:00:00Z') },
      '2026-12-09T00:00:00Z',
      'CANCELLED',
    ],
  ])('%s is %s', (_label, facts, now, status) => {
    expect(caseStatus({ ...base, ...facts }, new Date(now))).toBe(status);
  });

  it.each<[string, Partial<Parameters<typeof storedCaseFacts>[0]>, string]>([
    ['a stored case without attempts', {}, 'AWAITING_BOOKING'],
    [
      // Booked by the API's clock a moment before the database stamped the no-show's row.
      'a slot still booked after a no-show, whatever the stamps say',
      {
        appointmentStartsAt: at('2026-12-03T03:00:00Z'),
        appointmentBookedAt: at('2026-12-02T03:00:00Z'),
        lastAttempt: { outcome: 'NO_SHOW', recordedAt: at('2026-12-02T03:00:01Z') },
      },
      'SCHEDULED',
    ],
    [
      'a booking time left without a slot',
      {
        appointmentBookedAt: at('2026-12-02T03:00:00Z'),
        lastAttempt: { outcome: 'FAILED', recordedAt: at('2026-12-02T02:00:00Z') },
      },
      'FAILED',
    ],
  ])('reads %s', (_label, stored, status) => {
    const facts = storedCaseFacts({
      deadlineAt: base.deadlineAt,
      passedAt: null,
      cancelledAt: null,
      appointmentStartsAt: null,
      appointmentBookedAt: null,
      lastAttempt: null,
      ...stored,
    });
    expect(caseStatus(facts, at('2026-12-02T04:00:00Z'))).toBe(status);
  });

  it('maps case status onto verification status', () => {
    expect(verificationStatusOf('PASSED')).toBe('VERIFIED');
    expect(verificationStatusOf('CANCELLED')).toBe('NOT_REQUIRED');
    expect(verificationStatusOf(null)).toBe('NOT_REQUIRED');
    expect(verificationStatusOf('OVERDUE')).toBe('OVERDUE');
  });

  it('counts hours remaining, negative once overdue', () => {
    expect(hoursRemaining(base.deadlineAt, notice)).toBe(72);
    expect(hoursRemaining(base.deadlineAt, at('2026-12-04T05:00:00Z'))).toBe(-3);
  });
});

describe('slots in two time zones', () => {
  it('shows 10:00 in Bangkok as 11:00 in Shanghai', () => {
    const startsAt = siteWallClockToInstant('2026-12-01', '10:00', 'TH');
    expect(startsAt.toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(localTimes(startsAt, 'TH', 'Asia/Shanghai')).toEqual({
      siteTimeZone: 'Asia/Bangkok',
      startsAtSiteLocal: '2026-12-01T10:00:00.000+07:00',
      startsAtAgencyLocal: '2026-12-01T11:00:00.000+08:00',
    });
  });

  it.each([
    ['2026-12-01T01:59:00Z', 'TH', false], // 08:59 Bangkok
    ['2026-12-01T02:00:00Z', 'TH', true], // 09:00 Bangkok
    ['2026-12-01T04:00:00Z', 'TH', true], // 11:00 Bangkok
    ['2026-12-01T04:01:00Z', 'TH', false], // 11:01 Bangkok
    ['2026-12-01T03:30:00Z', 'MY', false], // 11:30 Kuala Lumpur
    ['2026-12-01T01:00:00Z', 'SG', true], // 09:00 Singapore
  ] as const)('%s on %s is within 09:00–11:00 site time: %s', (iso, site, within) => {
    expect(isWithinRecommendedHours(new Date(iso), site)).toBe(within);
  });
});
