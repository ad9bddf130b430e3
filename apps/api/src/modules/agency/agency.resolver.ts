import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { AgencyClock } from '../../engine/clock/agency-clock.service';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { DomainException } from '../../engine/exceptions/domain.exception';
import { GraphQLDate } from '../../engine/graphql/scalars';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuditService } from '../audit/audit.service';
import { AgencyEntity } from './agency.entity';
import { AgencyObject } from './agency.object';
import { UpdateAgencyInput } from './dtos/update-agency.input';

@ObjectType('ExpiryWeek', {
  description: 'Documents of live entities expiring in one week (Monday to Sunday).',
})
export class ExpiryWeekObject {
  @Field(() => GraphQLDate) weekStart: string;
  @Field(() => Int) documents: number;
  @Field(() => Int) businessLicenses: number;
  @Field(() => Int) idCards: number;
}

@Resolver(() => AgencyObject)
export class AgencyResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
  ) {}

  @Access('admin')
  @Mutation(() => AgencyObject, {
    description: "The agency's name, time zone and expiry warning window.",
  })
  async updateAgency(@Args('input') input: UpdateAgencyInput): Promise<AgencyEntity> {
    return this.db.transaction(async (manager) => {
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
  }

  @Query(() => [ExpiryWeekObject], {
    description: 'Expiries per week from this week on, for the overview chart.',
  })
  async documentExpiryWeeks(
    @Args('weeks', { type: () => Int, nullable: true }) weeks?: number,
  ): Promise<ExpiryWeekObject[]> {
    const count = weeks ?? 13;
    if (count < 1 || count > 104)
      throw DomainException.field('weeks', 'OUT_OF_RANGE', 'must be between 1 and 104');
    const { today } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const rows: Array<{
        week_start: string;
        documents: number;
        business_licenses: number;
        id_cards: number;
      }> = await manager.query(
        `WITH weeks AS (
           SELECT generate_series(date_trunc('week', $1::date), date_trunc('week', $1::date) + ($2 - 1) * interval '1 week', interval '1 week')::date AS week_start)
         SELECT w.week_start::text AS week_start,
                count(d.id)::int AS documents,
                count(d.id) FILTER (WHERE d.type = 'BUSINESS_LICENSE')::int AS business_licenses,
                count(d.id) FILTER (WHERE d.type = 'RESIDENT_ID_CARD')::int AS id_cards
           FROM weeks w
           LEFT JOIN documents d ON d.expires_on >= w.week_start AND d.expires_on < w.week_start + 7 AND d.expires_on >= $1::date
            AND EXISTS (SELECT 1 FROM seller_entities e WHERE e.agency_id = d.agency_id AND e.id = d.seller_entity_id AND e.archived_at IS NULL)
          GROUP BY w.week_start ORDER BY w.week_start`,
        [today, count],
      );
      return rows.map((row) => ({
        weekStart: row.week_start,
        documents: row.documents,
        businessLicenses: row.business_licenses,
        idCards: row.id_cards,
      }));
    });
  }
}
