import { AsyncLocalStorage } from 'node:async_hooks';
import { ClsService } from 'nestjs-cls';
import type { RequestContextStore } from '../../tenancy/request-context';
import type { TenantContext } from '../../tenancy/tenant-context.service';
import { AgencyClock } from '../agency-clock.service';
import type { AgencyCalendar, AgencySettingsSource } from '../agency-settings';
import { Clock } from '../clock';

// 2026-12-02 16:30 UTC: already 12-03 in Shanghai.
const NOW = new Date('2026-12-02T16:30:00.000Z');

class FixedClock extends Clock {
  now(): Date {
    return NOW;
  }
}

function setUp(calendar: () => Promise<AgencyCalendar>) {
  let reads = 0;
  const settings: AgencySettingsSource = {
    calendar: () => {
      reads++;
      return calendar();
    },
  };
  const cls = new ClsService<RequestContextStore>(new AsyncLocalStorage());
  const clock = new AgencyClock(
    new FixedClock(),
    settings,
    { agencyId: '7f0c8a52-7a57-4a87-9a0a-0a5a5a5a5a5a' } as TenantContext,
    cls,
  );
  /** Runs `work` as one request: its own memo, as TenantContext sets it. */
  const request = <T>(work: () => Promise<T>) =>
    cls.run(() => {
      cls.set('memo', new Map());
      return work();
    });
  return { clock, request, reads: () => reads };
}

const SHANGHAI = async () => ({ timeZone: 'Asia/Shanghai', expiryWarningDays: 30 });

describe('AgencyClock', () => {
  it("reads the agency's calendar once per request and then judges each field at once, not as a promise", async () => {
    const { clock, request, reads } = setUp(SHANGHAI);
    await request(async () => {
      const first = clock.judge((time) => time.today);
      expect(first).toBeInstanceOf(Promise);
      expect(await first).toBe('2026-12-03');
      // Every later row of the page: a value, the same day.
      const later = clock.judge((time) => `${time.today} ${time.timeZone}`);
      expect(later).toBe('2026-12-03 Asia/Shanghai');
      expect((await clock.current()).now).toBe(NOW);
    });
    expect(reads()).toBe(1);
    // The next request reads it again (a changed warning window or zone takes effect).
    await request(async () => expect(await clock.judge((time) => time.today)).toBe('2026-12-03'));
    expect(reads()).toBe(2);
  });

  it('does not remember a failed read: the next field of the same request tries again', async () => {
    let fail = true;
    const { clock, request, reads } = setUp(async () => {
      if (fail) throw new Error('database away');
      return SHANGHAI();
    });
    await request(async () => {
      await expect(clock.judge((time) => time.today)).rejects.toThrow('database away');
      fail = false;
      expect(await clock.judge((time) => time.today)).toBe('2026-12-03');
    });
    expect(reads()).toBe(2);
  });
});
