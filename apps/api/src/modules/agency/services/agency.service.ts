import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  agencyCalendarKey,
  agencyCredentialsPrefix,
  CredentialCache,
} from '../../../engine/auth/credential-cache.service';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../user/user.entity';
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
    private readonly credentials: CredentialCache,
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
      if (
        input.requireTwoFactor !== undefined &&
        input.requireTwoFactor !== null &&
        input.requireTwoFactor !== agency.requireTwoFactor
      ) {
        if (input.requireTwoFactor) await this.assertOwnTwoFactor(manager);
        changes.requireTwoFactor = input.requireTwoFactor;
      }
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
    // Once committed, on every replica. Whom the two-factor setting holds back is part of each
    // member's remembered credential (the prefix forgets the agency's calendar too); the time zone
    // and warning window are AgencyClock's remembered calendar.
    if (input.requireTwoFactor !== undefined && input.requireTwoFactor !== null)
      await this.credentials.revoke(agencyCredentialsPrefix(updated.id));
    else if (input.timeZone != null || input.expiryWarningDays != null)
      await this.credentials.revoke(agencyCalendarKey(updated.id));
    return updated;
  }

  /** Whoever requires two-factor sign-in has it on: an API key or a member without it may not. */
  private async assertOwnTwoFactor(manager: EntityManager): Promise<void> {
    const { userId, kind } = this.tenantContext.principal;
    const user =
      kind === 'user' && userId ? await manager.findOneBy(UserEntity, { id: userId }) : null;
    if (!user?.twoFactorEnabledAt)
      throw DomainException.field(
        'requireTwoFactor',
        'TWO_FACTOR_OFF',
        'turn two-factor sign-in on for yourself first',
      );
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
