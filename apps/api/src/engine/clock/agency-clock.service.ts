import { Inject, Injectable } from '@nestjs/common';
import { dateIn } from '@veridesk/domain';
import { ClsService } from 'nestjs-cls';
import type { RequestContextStore } from '../tenancy/request-context';
import { TenantContext } from '../tenancy/tenant-context.service';
import { AGENCY_SETTINGS, type AgencySettingsSource } from './agency-settings';
import { Clock } from './clock';

const AGENCY_TIME = 'agencyTime';
const AGENCY_TIME_KNOWN = 'agencyTimeKnown';

export type AgencyTime = {
  now: Date;
  /** The agency's calendar date: what "today" means for expiries and digests. */
  today: string;
  timeZone: string;
  expiryWarningDays: number;
};

/**
 * "Now" and "today" as the current agency sees them, its settings read once per request. A request
 * (or job) has one "now": every field of a page is judged against the same instant and date.
 */
@Injectable()
export class AgencyClock {
  constructor(
    private readonly clock: Clock,
    @Inject(AGENCY_SETTINGS) private readonly settings: AgencySettingsSource,
    private readonly tenantContext: TenantContext,
    private readonly cls: ClsService<RequestContextStore>,
  ) {}

  current(): Promise<AgencyTime> {
    const memo = this.cls.isActive() ? this.cls.get('memo') : undefined;
    const remembered = memo?.get(AGENCY_TIME) as Promise<AgencyTime> | undefined;
    if (remembered) return remembered;
    const time = this.read();
    if (memo) {
      memo.set(AGENCY_TIME, time);
      time.then(
        (known) => memo.set(AGENCY_TIME_KNOWN, known),
        // A failed read (the database away) is not remembered: the next caller tries again.
        () => memo.delete(AGENCY_TIME),
      );
    }
    return time;
  }

  /**
   * `judge` applied to the request's time: at once when the request already knows it (every row of
   * a page after the page itself asked), so a field of each row is a value, not a promise that
   * GraphQL must wait for.
   */
  judge<T>(judge: (time: AgencyTime) => T): T | Promise<T> {
    const memo = this.cls.isActive() ? this.cls.get('memo') : undefined;
    const known = memo?.get(AGENCY_TIME_KNOWN) as AgencyTime | undefined;
    return known ? judge(known) : this.current().then(judge);
  }

  private async read(): Promise<AgencyTime> {
    const agency = await this.settings.calendar(this.tenantContext.agencyId);
    const now = this.clock.now();
    return {
      now,
      today: dateIn(now, agency.timeZone),
      timeZone: agency.timeZone,
      expiryWarningDays: agency.expiryWarningDays,
    };
  }
}
