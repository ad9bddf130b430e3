import { crossedReminderRung, DEFAULT_REMINDER_LADDER } from '../reminders';
import { HELD_STORE_STATUSES, isHeldStoreStatus } from '../stores';
import {
  FREEZE_EXTENSION_HOURS,
  FREEZE_EXTENSION_OUT_OF_RANGE,
  isFreezeExtensionHours,
} from '../verification';

describe('held stores', () => {
  it.each([
    ['ACTIVE', false],
    ['RESTRICTED', true],
    ['FROZEN', true],
    ['UNDER_REVIEW', true],
    ['CLOSED', false],
  ])('%s is held: %s', (status, held) => {
    expect(isHeldStoreStatus(status)).toBe(held);
  });

  it('lists exactly the three statuses RULES.md restores on a pass', () => {
    expect([...HELD_STORE_STATUSES].sort()).toEqual(['FROZEN', 'RESTRICTED', 'UNDER_REVIEW']);
  });
});

describe('freeze extension hours', () => {
  it.each([
    [23, false],
    [24, true],
    [48, true],
    [72, true],
    [73, false],
    [null, false],
    ['48', false],
  ])('%s hours is a valid extension: %s', (hours, valid) => {
    expect(isFreezeExtensionHours(hours)).toBe(valid);
  });

  it('says the bounds in its field error', () => {
    expect(FREEZE_EXTENSION_HOURS).toEqual({ min: 24, max: 72 });
    expect(FREEZE_EXTENSION_OUT_OF_RANGE).toBe('must be between 24 and 72 hours');
  });
});

describe('reminder rungs', () => {
  it('brings a document up 90, 60, 30, 14, 7 and 1 days before expiry and the day after', () => {
    expect(DEFAULT_REMINDER_LADDER).toEqual([90, 60, 30, 14, 7, 1, -1]);
  });

  it.each([
    // [days until expiry today, days since the last digest, crossed]
    [14, 1, true], // the daily digest on the 14-day rung
    [15, 1, false], // the day before it
    [13, 1, false], // the day after it: crossed yesterday, not news again
    [10, 1, false], // between rungs
    [1, 1, true],
    [0, 1, false], // the expiry day itself is no rung
    [-1, 1, true], // the day after expiry
    [-2, 1, false],
    [25, 7, true], // a weekly digest: 30 was crossed during the week
    [31, 7, false], // … and not yet here
    [30, 7, true], // on the rung itself
    [37, 7, false], // a week before the rung
    [5, 30, true], // after a long pause, several rungs at once still count once
  ])('%s days out, %s days since the last digest: crossed %s', (days, since, crossed) => {
    expect(crossedReminderRung(DEFAULT_REMINDER_LADDER, days, since)).toBe(crossed);
  });

  it('follows an agency ladder instead of the default', () => {
    expect(crossedReminderRung([45], 45, 1)).toBe(true);
    expect(crossedReminderRung([45], 14, 1)).toBe(false);
  });
});
