import { OnModuleInit } from '@nestjs/common';
import { Args, Float, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  CaseStatus,
  hoursRemaining,
  localTimes,
  type LocalTimes,
  SITE_TIME_ZONES,
  VerificationStatus,
} from '@veridesk/domain';
import { Access } from '../../engine/auth/access.decorator';
import { AgencyClock } from '../../engine/clock/agency-clock.service';
import { CaseStatusEnum, VerificationStatusEnum } from '../../engine/graphql/enums';
import { CONNECTION_NODES, requestedFields } from '../../engine/graphql/lookahead';
import { PageArgs } from '../../engine/graphql/pagination';
import { RepresentativeObject } from '../representative/representative.object';
import { SellerEntityObject } from '../seller-entity/seller-entity.object';
import { EntityRelationsRegistry } from '../seller-entity/services/entity-relations.registry';
import { checklistItems } from './checklist';
import {
  ChecklistUpdateInput,
  OpenVerificationCaseInput,
  RecordAttemptInput,
  ScheduleAppointmentInput,
  VerificationCaseFilter,
} from './dtos/verification-case.inputs';
import { ReadinessService } from './services/readiness.service';
import { VerificationCaseService } from './services/verification-case.service';
import {
  AppointmentObject,
  AttemptObject,
  ChecklistItemObject,
  ReadinessObject,
  VerificationCaseConnection,
  VerificationCaseObject,
} from './verification-case.object';

@Resolver(() => VerificationCaseObject)
export class VerificationCaseResolver {
  constructor(
    private readonly caseService: VerificationCaseService,
    private readonly readinessService: ReadinessService,
    private readonly clock: AgencyClock,
  ) {}

  @Query(() => VerificationCaseConnection, { description: 'Earliest deadline first.' })
  verificationCases(
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => VerificationCaseFilter, nullable: true })
    filter?: VerificationCaseFilter,
  ) {
    return this.caseService.list(filter ?? {}, page, requestedFields(info, CONNECTION_NODES));
  }

  @Query(() => VerificationCaseObject)
  verificationCase(@Args('id', { type: () => ID }) id: string) {
    return this.caseService.get(id);
  }

  @Access('writer')
  @Mutation(() => VerificationCaseObject)
  openVerificationCase(@Args('input') input: OpenVerificationCaseInput) {
    return this.caseService.open(input);
  }

  @Access('writer')
  @Mutation(() => VerificationCaseObject)
  scheduleAppointment(@Args('input') input: ScheduleAppointmentInput) {
    return this.caseService.schedule(input);
  }

  @Access('writer')
  @Mutation(() => VerificationCaseObject)
  recordAttempt(@Args('input') input: RecordAttemptInput) {
    return this.caseService.recordAttempt(input);
  }

  @Access('writer')
  @Mutation(() => VerificationCaseObject)
  updateChecklist(@Args('input') input: ChecklistUpdateInput) {
    return this.caseService.updateChecklist(input);
  }

  @Access('writer')
  @Mutation(() => VerificationCaseObject)
  cancelVerificationCase(@Args('id', { type: () => ID }) id: string) {
    return this.caseService.cancel(id);
  }

  @ResolveField(() => CaseStatusEnum)
  status(verificationCase: VerificationCaseObject): CaseStatus | Promise<CaseStatus> {
    return this.caseService.statusNow(verificationCase as never);
  }

  @ResolveField(() => Float)
  hoursRemaining(verificationCase: VerificationCaseObject): number | Promise<number> {
    return this.clock.judge(({ now }) => hoursRemaining(verificationCase.deadlineAt, now));
  }

  @ResolveField(() => AppointmentObject, { nullable: true })
  appointment(
    verificationCase: VerificationCaseObject,
  ): AppointmentObject | null | Promise<AppointmentObject | null> {
    const { appointmentStartsAt: startsAt, site } = verificationCase;
    if (!startsAt) return null;
    return this.clock.judge(({ timeZone }) => {
      let local: LocalTimes | undefined;
      return {
        // One appointment per case at a time: it is addressed by its case.
        id: verificationCase.id,
        startsAt,
        site,
        siteTimeZone: SITE_TIME_ZONES[site],
        // Written out only when asked for (a case's page), not for every case of a list.
        get startsAtSiteLocal() {
          return (local ??= localTimes(startsAt, site, timeZone)).startsAtSiteLocal;
        },
        get startsAtAgencyLocal() {
          return (local ??= localTimes(startsAt, site, timeZone)).startsAtAgencyLocal;
        },
      };
    });
  }

  @ResolveField(() => [AttemptObject], { description: 'Oldest first.' })
  attempts(verificationCase: VerificationCaseObject) {
    return this.caseService.loadAttempts(verificationCase.id);
  }

  @ResolveField(() => [ChecklistItemObject])
  checklist(verificationCase: VerificationCaseObject) {
    return checklistItems(verificationCase.checklist);
  }

  @ResolveField(() => ReadinessObject)
  readiness(verificationCase: VerificationCaseObject) {
    return this.readinessService.assess(verificationCase as never);
  }
}

@Resolver(() => SellerEntityObject)
export class SellerEntityCasesResolver implements OnModuleInit {
  constructor(
    private readonly caseService: VerificationCaseService,
    private readonly relations: EntityRelationsRegistry,
  ) {}

  onModuleInit() {
    const ids = (entities: readonly SellerEntityObject[]) => entities.map((entity) => entity.id);
    this.relations.register('verificationStatus', (entities) =>
      this.caseService.preloadEntityStatus(ids(entities)),
    );
    this.relations.register('verificationCases', (entities) =>
      Promise.all(ids(entities).map((id) => this.caseService.loadByEntity(id))),
    );
  }

  @ResolveField(() => VerificationStatusEnum, { description: "Follows the entity's newest case." })
  verificationStatus(entity: SellerEntityObject): VerificationStatus | Promise<VerificationStatus> {
    return this.caseService.entityStatusNow(entity.id);
  }

  @ResolveField(() => [VerificationCaseObject], { description: 'Newest first.' })
  verificationCases(entity: SellerEntityObject) {
    return this.caseService.loadedByEntity(entity.id) ?? this.caseService.loadByEntity(entity.id);
  }
}

@Resolver(() => RepresentativeObject)
export class RepresentativeCasesResolver {
  constructor(
    private readonly caseService: VerificationCaseService,
    private readonly clock: AgencyClock,
  ) {}

  @ResolveField(() => VerificationStatusEnum, {
    description: 'Follows the newest case naming this representative.',
  })
  async verificationStatus(representative: RepresentativeObject): Promise<VerificationStatus> {
    const newest = await this.caseService.loadNewestByRepresentative(
      representative.id,
      representative.sellerEntityId,
    );
    return this.caseService.verificationStatusOf(newest, (await this.clock.current()).now);
  }
}
