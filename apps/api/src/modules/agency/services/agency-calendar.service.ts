import { Injectable, Optional } from '@nestjs/common';
import { agencyCalendarKey, CredentialCache } from '../../../engine/auth/credential-cache.service';
import type { AgencyCalendar, AgencySettingsSource } from '../../../engine/clock/agency-settings';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { AgencyEntity } from '../agency.entity';

/**
 * The agency's time zone and warning window, for the engine's AgencyClock. In the API they are
 * remembered beside the credentials (CREDENTIAL_CACHE_SECONDS; `updateAgency` forgets them on every
 * replica once committed), so a read request does not look its agency up again; the worker, which
 * has no credential cache, reads them per job.
 */
@Injectable()
export class AgencyCalendarService implements AgencySettingsSource {
  constructor(
    private readonly db: TenantDatabase,
    @Optional() private readonly remembered?: CredentialCache,
  ) {}

  calendar(agencyId: string): Promise<AgencyCalendar> {
    const load = () =>
      this.db.transaction(async (manager) => {
        const agency = await manager.findOneOrFail(AgencyEntity, {
          where: { id: agencyId },
          select: { id: true, timeZone: true, expiryWarningDays: true },
        });
        return { timeZone: agency.timeZone, expiryWarningDays: agency.expiryWarningDays };
      });
    if (!this.remembered) return load();
    // Never null: findOneOrFail.
    return this.remembered.get(agencyCalendarKey(agencyId), load) as Promise<AgencyCalendar>;
  }
}
