import { utcOffset, wallClock } from '../modules/ui/utils/dates';

describe('one instant on two clocks', () => {
  const slot = '2026-12-01T03:00:00.000Z';

  it('reads 10:00 in Bangkok and 11:00 in Beijing', () => {
    expect(wallClock(slot, 'Asia/Bangkok')).toBe('2026-12-01 10:00');
    expect(wallClock(slot, 'Asia/Shanghai')).toBe('2026-12-01 11:00');
    expect(utcOffset(slot, 'Asia/Bangkok')).toBe('UTC+7');
    expect(utcOffset(slot, 'Asia/Shanghai')).toBe('UTC+8');
  });

  it('rolls the date over on the later clock', () => {
    expect(wallClock('2026-12-01T16:30:00.000Z', 'Asia/Jakarta')).toBe('2026-12-01 23:30');
    expect(wallClock('2026-12-01T16:30:00.000Z', 'Asia/Manila')).toBe('2026-12-02 00:30');
  });
});
