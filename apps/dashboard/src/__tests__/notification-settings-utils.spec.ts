import { enabledAlerts, mutedAlerts } from '../modules/notifications/utils/alert-kinds';
import {
  ladderDayLabel,
  normalizeLadder,
  sameLadder,
} from '../modules/reminder-ladder/utils/ladder-days';

describe('alert kinds', () => {
  it('ticks every alert not muted, and the overdue alert always', () => {
    expect(enabledAlerts(['STORE_RESTRICTED', 'CASE_OVERDUE'])).toEqual([
      'CASE_DUE_SOON',
      'CASE_OVERDUE',
      'ATTEMPT_FAILED',
    ]);
  });

  it('never sends the overdue alert as muted', () => {
    expect(mutedAlerts(['CASE_DUE_SOON'])).toEqual(['ATTEMPT_FAILED', 'STORE_RESTRICTED']);
  });
});

describe('reminder ladder days', () => {
  it('orders days furthest from expiry first, each once', () => {
    expect(normalizeLadder([3, 45, -1, 15, 45])).toEqual([45, 15, 3, -1]);
  });

  it('compares ladders regardless of order', () => {
    expect(sameLadder([1, 7], [7, 1])).toBe(true);
    expect(sameLadder([1, 7], [7])).toBe(false);
  });

  it('words a negative day as days after expiry', () => {
    expect(ladderDayLabel(-1)).toEqual({ key: 'reminderLadder.dayAfter', days: 1 });
    expect(ladderDayLabel(0)).toEqual({ key: 'reminderLadder.dayOf', days: 0 });
    expect(ladderDayLabel(30)).toEqual({ key: 'reminderLadder.dayBefore', days: 30 });
  });
});
