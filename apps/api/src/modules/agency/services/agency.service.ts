import { Injectable } from '@nestjs/common';
import { agencyCalendarKey, CredentialCache } from '../../../engine/auth/credential-cache.service';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { AgencyEntity } from '../agency.entity';
import type { UpdateAgencyInput } from '../dtos/update-agency.input';
import type { ExpiryWeekObject } from '../expiry-week.object';
import { EXPIRY_WEEKS_SQL, ExpiryWeekRow } from './agency.queries';

/** The agency's own settings and its overview chart. */
@Injectable()
export class AgencyService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
    private readonly remembered: CredentialCache,
  ) {}

  /** Changes the given settings (a null or missing field keeps its value); audited when any changed. */
  async update(input: UpdateAgencyInput): Promise<AgencyEntity> {
    const updated = await this.db.transaction(async (manager) => {
      const agency = await manager.findOneByOrFail(AgencyEntity, {
        id: this.tenantContext.agencyId,
      });
      const changes: Record<string, unknown> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
      if (input.timeZone !== undefined && input.timeZone !== null)
        changes.timeZone = input.timeZone;
      if (input.expiryWarningDays !== undefined && input.expiryWarningDays !== null)
        changes.expiryWarningDays = input.expiryWarningDays;
      if (Object.keys(changes).length) {
        await manager.update(AgencyEntity, { id: agency.id }, changes);
        await this.audit.record({
          action: 'agency.update',
          subjectType: 'Agency',
          subjectId: agency.id,
          changes,
        });
      }
      return { ...agency, ...changes } as AgencyEntity;
    });
    // Once committed: every replica's AgencyClock reads the new calendar on its next request.
    if (input.timeZone != null || input.expiryWarningDays != null)
      await this.remembered.revoke(agencyCalendarKey(updated.id));
    return updated;
  }

  /** Expiries per week for `weeks` weeks (default 13, 1 to 104) from the agency's this week on. */
  async expiryWeeks(weeks: number | undefined): Promise<ExpiryWeekObject[]> {
    const count = weeks ?? 13;
    if (count < 1 || count > 104)
      throw DomainException.field('weeks', 'OUT_OF_RANGE', 'must be between 1 and 104');
    const { today } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const rows: ExpiryWeekRow[] = await manager.query(EXPIRY_WEEKS_SQL, [today, count]);
      return rows.map((row) => ({
        weekStart: row.week_start,
        documents: row.documents,
        businessLicenses: row.business_licenses,
        idCards: row.id_cards,
      }));
    });
  }
}
