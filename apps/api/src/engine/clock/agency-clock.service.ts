import { Injectable } from '@nestjs/common';
import { dateIn } from '@veridesk/domain';
import { ClsService } from 'nestjs-cls';
import { AgencyEntity } from '../../modules/agency/agency.entity';
import { TenantDatabase } from '../database/tenant-database.service';
import type { RequestContextStore } from '../tenancy/request-context';
import { TenantContext } from '../tenancy/tenant-context.service';
import { Clock } from './clock';

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
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly cls: ClsService<RequestContextStore>,
  ) {}

  async current(): Promise<AgencyTime> {
    const remembered = this.cls.isActive() ? this.cls.get('agencyTime') : undefined;
    if (remembered) return remembered;
    const settings = await this.settings();
    const now = this.clock.now();
    const time = { now, today: dateIn(now, settings.timeZone), ...settings };
    if (this.cls.isActive()) this.cls.set('agencyTime', time);
    return time;
  }

  private async settings(): Promise<{ timeZone: string; expiryWarningDays: number }> {
    const cached = this.cls.isActive() ? this.cls.get('agencySettings') : undefined;
    if (cached) return cached;
    const agency = await this.db.transaction((manager) =>
      manager.findOneOrFail(AgencyEntity, {
        where: { id: this.tenantContext.agencyId },
        select: { id: true, timeZone: true, expiryWarningDays: true },
      }),
    );
    const settings = { timeZone: agency.timeZone, expiryWarningDays: agency.expiryWarningDays };
    if (this.cls.isActive()) this.cls.set('agencySettings', settings);
    return settings;
  }
}
