import { Injectable, Optional } from '@nestjs/common';
import { agencyCalendarKey, CredentialCache } from '../../../engine/auth/credential-cache.service';
import type { AgencyCalendar, AgencySettingsSource } from '../../../engine/clock/agency-settings';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import type { EntityManager } from 'typeorm';
import { AgencyEntity } from '../agency.entity';

/**
 * The agency's time zone and warning window, for the engine's AgencyClock. In the API they are
 * remembered beside the credentials (CREDENTIAL_CACHE_SECONDS; `updateAgency` forgets them on every
 * replica once committed), so a read request does not look its agency up again; the worker, which
 * has no credential cache, reads them per job inside the agency's transaction.
 */
@Injectable()
export class AgencyCalendarService implements AgencySettingsSource {
  constructor(
    private readonly db: TenantDatabase,
    @Optional() private readonly remembered?: CredentialCache,
  ) {}

  calendar(agencyId: string): Promise<AgencyCalendar> {
    if (!this.remembered) return this.db.transaction((manager) => read(manager, agencyId));
    // A remembered read is shared by every request of the agency that arrives meanwhile, so it must
    // not wait on any one request's transaction (whose connection those requests may be holding):
    // it takes one statement on the system role's own pool, like a credential.
    return this.remembered.get(agencyCalendarKey(agencyId), () =>
      this.db.system((manager) => read(manager, agencyId)),
    ) as Promise<AgencyCalendar>; // never null: findOneOrFail
  }
}

async function read(manager: EntityManager, agencyId: string): Promise<AgencyCalendar> {
  const agency = await manager.findOneOrFail(AgencyEntity, {
    where: { id: agencyId },
    select: { id: true, timeZone: true, expiryWarningDays: true },
  });
  return { timeZone: agency.timeZone, expiryWarningDays: agency.expiryWarningDays };
}
