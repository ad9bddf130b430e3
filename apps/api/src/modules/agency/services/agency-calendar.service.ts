import { Injectable } from '@nestjs/common';
import type { AgencyCalendar, AgencySettingsSource } from '../../../engine/clock/agency-settings';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { AgencyEntity } from '../agency.entity';

/** The agency's time zone and warning window, for the engine's AgencyClock. */
@Injectable()
export class AgencyCalendarService implements AgencySettingsSource {
  constructor(private readonly db: TenantDatabase) {}

  calendar(agencyId: string): Promise<AgencyCalendar> {
    return this.db.transaction((manager) =>
      manager.findOneOrFail(AgencyEntity, {
        where: { id: agencyId },
        select: { id: true, timeZone: true, expiryWarningDays: true },
      }),
    );
  }
}
