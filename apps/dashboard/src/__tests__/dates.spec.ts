import {
  addDaysToDate,
  dateIn,
  formatDateTime,
  timeLeft,
  utcOffset,
  wallClock,
} from '../modules/ui/utils/dates';
import {
  dateToPicker,
  pickerToDate,
  pickerToTime,
  timeToPicker,
} from '../modules/ui/utils/date-picker';

describe('the dashboard reads dates and instants one way', () => {
  it('writes an instant in the reader language, on the reader clock', () => {
    expect(formatDateTime('2026-12-01T03:00:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe(
      '2026年12月1日 11:00',
    );
    expect(formatDateTime('2026-12-01T16:30:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe(
      '2026年12月2日 00:30',
    );
    expect(formatDateTime('2026-12-01T03:00:00.000Z', 'en', 'Asia/Bangkok')).toBe(
      'Dec 1, 2026, 10:00 AM',
    );
    expect(formatDateTime('2026-12-01T03:00:00.000Z', 'en', 'UTC')).toBe('Dec 1, 2026, 3:00 AM');
  });

  it('shows text that is no instant as it came', () => {
    expect(formatDateTime('not a date', 'zh-CN', 'Asia/Shanghai')).toBe('not a date');
  });

  it('names offsets as UTC+7, UTC+5:30, UTC+0 and UTC-4 (the zone rules, summer time included)', () => {
    const slot = '2026-07-01T03:00:00.000Z';
    expect(utcOffset(slot, 'Asia/Bangkok')).toBe('UTC+7');
    expect(utcOffset(slot, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffset(slot, 'UTC')).toBe('UTC+0');
    expect(utcOffset(slot, 'America/New_York')).toBe('UTC-4');
    expect(utcOffset('2026-12-01T03:00:00.000Z', 'America/New_York')).toBe('UTC-5');
  });

  it('takes the calendar date on the zone clock, across 16:00 UTC (midnight in Beijing)', () => {
    expect(dateIn(new Date('2026-12-01T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(dateIn(new Date('2026-12-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-02');
    expect(dateIn(new Date('2026-12-01T16:00:00Z'), 'Asia/Bangkok')).toBe('2026-12-01');
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(wallClock(new Date('2026-12-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-02 00:00');
  });

  it('counts down in whole hours and minutes, and counts on once overdue', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(timeLeft('2026-12-02T07:12:30Z', now)).toEqual({
      milliseconds: 112_350_000,
      hours: 31,
      minutes: 12,
    });
    expect(timeLeft('2026-11-30T21:55:00Z', now)).toEqual({
      milliseconds: -7_500_000,
      hours: 2,
      minutes: 5,
    });
  });

  it('hands antd pickers dayjs values and reads them back unchanged', () => {
    const date = dateToPicker('2026-02-28');
    expect(date && pickerToDate(date)).toBe('2026-02-28');
    expect(dateToPicker(null)).toBeNull();
    expect(pickerToTime(timeToPicker('09:30'))).toBe('09:30');
  });
});
