import { Injectable } from '@nestjs/common';
import {
  caseStatus,
  CaseStatus,
  CHECKLIST_KEYS,
  defaultDeadline,
  localTimes,
  storedCaseFacts,
  verificationStatusOf,
  VerificationStatus,
} from '@veridesk/domain';
import { EntityManager } from 'typeorm';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { byKey, groupBy, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { isUniqueViolation } from '../../../engine/database/errors';
import { assertId } from '../../../engine/database/ids';
import { queryCount, plainRows } from '../../../engine/database/sql';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { keysetPage, Page, PageArgs } from '../../../engine/graphql/pagination';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { RepresentativeEntity } from '../../representative/representative.entity';
import { SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { RepresentativeService } from '../../representative/services/representative.service';
import { StoreService } from '../../store/services/store.service';
import { AttemptEntity } from '../attempt.entity';
import { caseCountSql } from '../case-counts.sql';
import { caseStatusSql, openCaseSql } from '../case-status.sql';
import {
  ChecklistUpdateInput,
  OpenVerificationCaseInput,
  RecordAttemptInput,
  ScheduleAppointmentInput,
  VerificationCaseFilter,
} from '../dtos/verification-case.inputs';
import { VerificationCaseEntity } from '../verification-case.entity';

// A notice or call a few minutes "in the future" is clock skew between the agency's PC and ours.
const CLOCK_SKEW_MS = 5 * 60_000;

@Injectable()
export class VerificationCaseService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
    private readonly loaders: RequestLoaders,
    private readonly sellerEntities: SellerEntityService,
    private readonly stores: StoreService,
    private readonly representatives: RepresentativeService,
  ) {}

  /** Opens the entity's case; the store on that site, if ACTIVE, becomes RESTRICTED. */
  async open(input: OpenVerificationCaseInput): Promise<VerificationCaseEntity> {
    const { now } = await this.clock.current();
    if (input.noticeReceivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw DomainException.field('noticeReceivedAt', 'IN_FUTURE', 'must not be in the future');
    }
    const deadlineAt = input.deadlineAt ?? defaultDeadline(input.noticeReceivedAt);
    if (deadlineAt.getTime() <= input.noticeReceivedAt.getTime()) {
      throw DomainException.field(
        'deadlineAt',
        'BEFORE_NOTICE',
        'must be after the notice was received',
      );
    }
    return this.db.transaction(async (manager) => {
      const entity = await this.sellerEntities.findForUpdate(manager, input.sellerEntityId);
      const representative = await manager.findOneBy(RepresentativeEntity, {
        id: assertId(input.representativeId, 'Representative'),
      });
      if (!representative) throw DomainException.notFound('Representative');
      if (representative.sellerEntityId !== entity.id) {
        throw DomainException.field(
          'representativeId',
          'OTHER_ENTITY',
          'is a representative of another entity',
        );
      }
      // The entity row is locked above, so two opens of the same entity take turns here.
      const open = await manager
        .createQueryBuilder(VerificationCaseEntity, 'c')
        .where('c.seller_entity_id = :sellerEntityId', { sellerEntityId: entity.id })
        .andWhere(openCaseSql('c'))
        .getOne();
      if (open) throw this.alreadyOpen();
      const verificationCase = manager.create(VerificationCaseEntity, {
        agencyId: this.tenantContext.agencyId,
        sellerEntityId: entity.id,
        representativeId: representative.id,
        site: input.site,
        trigger: input.trigger,
        noticeReceivedAt: input.noticeReceivedAt,
        deadlineAt,
        appointmentStartsAt: null,
        appointmentBookedAt: null,
        checklist: Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, false])),
        passedAt: null,
        cancelledAt: null,
      });
      try {
        await manager.save(verificationCase);
      } catch (error) {
        if (isUniqueViolation(error, 'IDX_verification_cases_one_open')) throw this.alreadyOpen();
        throw error;
      }
      const restricted = await this.stores.restrictForCase(manager, entity.id, input.site, now);
      await this.audit.record({
        action: 'verificationCase.open',
        subjectType: 'VerificationCase',
        sellerEntityId: verificationCase.sellerEntityId,
        subjectId: verificationCase.id,
        changes: {
          sellerEntityId: entity.id,
          representativeId: representative.id,
          site: input.site,
          trigger: input.trigger,
          deadlineAt,
          restrictedStoreIds: restricted.map((store) => store.id),
        },
      });
      return verificationCase;
    });
  }

  /** Books (or re-books) the slot: not in the past, not after the deadline. */
  async schedule(input: ScheduleAppointmentInput): Promise<VerificationCaseEntity> {
    const time = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const verificationCase = await this.findOpenForUpdate(manager, input.caseId);
      if (input.startsAt.getTime() < time.now.getTime()) {
        throw DomainException.field('startsAt', 'IN_PAST', 'must be in the future');
      }
      if (input.startsAt.getTime() > verificationCase.deadlineAt.getTime()) {
        throw DomainException.field(
          'startsAt',
          'AFTER_DEADLINE',
          `must be before the deadline ${verificationCase.deadlineAt.toISOString()}`,
        );
      }
      verificationCase.appointmentStartsAt = input.startsAt;
      verificationCase.appointmentBookedAt = time.now;
      await manager.update(
        VerificationCaseEntity,
        { id: verificationCase.id },
        { appointmentStartsAt: input.startsAt, appointmentBookedAt: time.now },
      );
      const local = localTimes(input.startsAt, verificationCase.site, time.timeZone);
      await this.audit.record({
        action: 'verificationCase.scheduleAppointment',
        subjectType: 'VerificationCase',
        sellerEntityId: verificationCase.sellerEntityId,
        subjectId: verificationCase.id,
        changes: {
          startsAt: input.startsAt,
          startsAtSiteLocal: local.startsAtSiteLocal,
          startsAtAgencyLocal: local.startsAtAgencyLocal,
        },
      });
      return verificationCase;
    });
  }

  /**
   * Records a call. PASSED passes the case, verifies the representative and restores every held
   * store of the entity on every site. Anything else consumes the slot and may extend the freeze.
   */
  async recordAttempt(input: RecordAttemptInput): Promise<VerificationCaseEntity> {
    const { now } = await this.clock.current();
    // Reasons and freeze hours by outcome are checked with the input's other fields (the DTO).
    const reasons = [...new Set(input.failureReasons ?? [])];
    const hours = input.freezeExtensionHours ?? null;
    if (input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw DomainException.field('occurredAt', 'IN_FUTURE', 'must not be in the future');
    }
    return this.db.transaction(async (manager) => {
      const verificationCase = await this.findOpenForUpdate(manager, input.caseId);
      if (input.occurredAt.getTime() < verificationCase.noticeReceivedAt.getTime()) {
        throw DomainException.field(
          'occurredAt',
          'BEFORE_NOTICE',
          'must be after the notice was received',
        );
      }
      const attempt = manager.create(AttemptEntity, {
        agencyId: verificationCase.agencyId,
        caseId: verificationCase.id,
        outcome: input.outcome,
        occurredAt: input.occurredAt,
        failureReasons: reasons,
        freezeExtensionHours: hours,
        note: input.note?.trim() || null,
      });
      await manager.save(attempt);
      let restoredStores = 0;
      if (input.outcome === 'PASSED') {
        verificationCase.passedAt = input.occurredAt;
        await manager.update(
          VerificationCaseEntity,
          { id: verificationCase.id },
          { passedAt: input.occurredAt },
        );
        await manager.update(
          RepresentativeEntity,
          { id: verificationCase.representativeId },
          { verifiedAt: input.occurredAt },
        );
        restoredStores = await this.stores.restoreAll(
          manager,
          verificationCase.sellerEntityId,
          now,
        );
      } else {
        verificationCase.appointmentStartsAt = null;
        verificationCase.appointmentBookedAt = null;
        await manager.update(
          VerificationCaseEntity,
          { id: verificationCase.id },
          { appointmentStartsAt: null, appointmentBookedAt: null },
        );
        if (hours !== null)
          await this.stores.extendFreezes(
            manager,
            verificationCase.sellerEntityId,
            input.occurredAt,
            hours,
          );
      }
      this.loaders.clear('attempt:byCase');
      await this.audit.record({
        action: 'verificationCase.recordAttempt',
        subjectType: 'VerificationCase',
        sellerEntityId: verificationCase.sellerEntityId,
        subjectId: verificationCase.id,
        changes: {
          outcome: input.outcome,
          occurredAt: input.occurredAt,
          failureReasons: reasons,
          freezeExtensionHours: hours,
          restoredStores,
        },
      });
      return verificationCase;
    });
  }

  /**
   * Ticks or unticks one item. `actor` names who did it when not the caller (a guest through a
   * call-prep link: 'guest:call-prep:<link id>').
   */
  async updateChecklist(
    input: ChecklistUpdateInput,
    options: { actor?: string } = {},
  ): Promise<VerificationCaseEntity> {
    if (!(CHECKLIST_KEYS as readonly string[]).includes(input.key)) {
      throw DomainException.field(
        'key',
        'INVALID_FORMAT',
        `must be one of ${CHECKLIST_KEYS.join(', ')}`,
      );
    }
    return this.db.transaction(async (manager) => {
      const verificationCase = await this.findOpenForUpdate(manager, input.caseId);
      if (verificationCase.checklist[input.key] !== input.done) {
        verificationCase.checklist = { ...verificationCase.checklist, [input.key]: input.done };
        await manager.update(
          VerificationCaseEntity,
          { id: verificationCase.id },
          { checklist: verificationCase.checklist },
        );
        await this.audit.record({
          action: 'verificationCase.updateChecklist',
          subjectType: 'VerificationCase',
          sellerEntityId: verificationCase.sellerEntityId,
          subjectId: verificationCase.id,
          changes: { [input.key]: input.done },
          actor: options.actor,
        });
      }
      return verificationCase;
    });
  }

  async cancel(id: string): Promise<VerificationCaseEntity> {
    const { now } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const verificationCase = await this.findForUpdate(manager, id);
      if (verificationCase.passedAt)
        throw DomainException.conflict('A passed case cannot be cancelled.');
      if (!verificationCase.cancelledAt) {
        verificationCase.cancelledAt = now;
        await manager.update(
          VerificationCaseEntity,
          { id: verificationCase.id },
          { cancelledAt: now },
        );
        await this.audit.record({
          action: 'verificationCase.cancel',
          subjectType: 'VerificationCase',
          sellerEntityId: verificationCase.sellerEntityId,
          subjectId: verificationCase.id,
        });
      }
      return verificationCase;
    });
  }

  async get(id: string): Promise<VerificationCaseEntity> {
    const verificationCase = await this.load(assertId(id, 'Verification case'));
    if (!verificationCase) throw DomainException.notFound('Verification case');
    return verificationCase;
  }

  /**
   * Cases of active entities, most urgent (earliest deadline) first. `asked`: the node fields the
   * query asks for (requestedFields); their relations are preloaded.
   */
  async list(
    filter: VerificationCaseFilter = {},
    page: PageArgs = {},
    asked: ReadonlySet<string> = new Set(),
  ): Promise<Page<VerificationCaseEntity>> {
    const { now } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(VerificationCaseEntity, 'c')
        .innerJoin(
          'seller_entities',
          'e',
          'e.agency_id = c.agency_id AND e.id = c.seller_entity_id AND e.archived_at IS NULL',
        );
      if (filter.status)
        query.andWhere(`(${caseStatusSql('c', ':now')}) = :status`, { now, status: filter.status });
      if (filter.site) query.andWhere('c.site = :site', { site: filter.site });
      if (filter.sellerEntityId) {
        query.andWhere('c.seller_entity_id = :sellerEntityId', {
          sellerEntityId: assertId(filter.sellerEntityId, 'Seller entity'),
        });
      }
      if (filter.managerId)
        query.andWhere('e.manager_id = :managerId', {
          managerId: assertId(filter.managerId, 'Member'),
        });
      const dueBy =
        filter.dueWithinHours !== undefined && filter.dueWithinHours !== null
          ? new Date(now.getTime() + filter.dueWithinHours * 3_600_000)
          : null;
      if (dueBy) query.andWhere(`${openCaseSql('c')} AND c.deadline_at <= :dueBy`, { dueBy });
      // One entity's or manager's cases are counted; otherwise the counters kept per phase and
      // deadline hour give the number (case-counts.sql.ts), whatever the portfolio's size.
      const counted = !filter.sellerEntityId && !filter.managerId;
      const listed = await keysetPage(
        query,
        page,
        {
          column: 'c.deadline_at',
          idColumn: 'c.id',
          direction: 'ASC',
          valueOf: (row) => row.deadlineAt,
        },
        counted
          ? () => queryCount(manager, caseCountSql(filter), { now, dueBy, site: filter.site })
          : undefined,
      );
      // The page's entities, representatives and attempts (in one write) as far as the query asks
      // for them, so its rows resolve without waiting (statusNow and the relations' resolvers).
      const cases = listed.edges.map((edge) => edge.node);
      const attemptsAsked = asked.has('status') || asked.has('attempts');
      await Promise.all([
        asked.has('sellerEntity') &&
          this.sellerEntities.preload(cases.map((row) => row.sellerEntityId)),
        asked.has('representative') &&
          this.representatives.preload(cases.map((row) => row.representativeId)),
        ...(attemptsAsked ? cases.map((row) => this.loadAttempts(row.id)) : []),
      ]);
      return listed;
    });
  }

  /**
   * The case's status now: at once when the request knows its time and the case's attempts (a page
   * of cases preloads them), otherwise once they are read.
   */
  statusNow(verificationCase: VerificationCaseEntity): CaseStatus | Promise<CaseStatus> {
    const attempts = this.loaders.known<string, AttemptEntity[]>(
      'attempt:byCase',
      verificationCase.id,
    );
    if (attempts)
      return this.clock.judge(({ now }) => this.statusWith(verificationCase, attempts, now));
    return this.clock.current().then(({ now }) => this.statusOf(verificationCase, now));
  }

  /** The status rule of RULES.md, with the newest attempt from the request's loader. */
  async statusOf(verificationCase: VerificationCaseEntity, now: Date): Promise<CaseStatus> {
    return this.statusWith(verificationCase, await this.loadAttempts(verificationCase.id), now);
  }

  private statusWith(
    verificationCase: VerificationCaseEntity,
    attempts: AttemptEntity[],
    now: Date,
  ): CaseStatus {
    const last = attempts.at(-1);
    return caseStatus(
      storedCaseFacts({
        deadlineAt: verificationCase.deadlineAt,
        passedAt: verificationCase.passedAt,
        cancelledAt: verificationCase.cancelledAt,
        appointmentStartsAt: verificationCase.appointmentStartsAt,
        appointmentBookedAt: verificationCase.appointmentBookedAt,
        lastAttempt: last ? { outcome: last.outcome, recordedAt: last.createdAt } : null,
      }),
      now,
    );
  }

  /**
   * An entity's verification status (its newest case's): at once when the request holds the
   * entity's cases, the newest one's attempts and its time (a page preloads them:
   * preloadEntityStatus), otherwise once they are read.
   */
  entityStatusNow(sellerEntityId: string): VerificationStatus | Promise<VerificationStatus> {
    const cases = this.loadedByEntity(sellerEntityId);
    if (!cases)
      return this.loadByEntity(sellerEntityId).then(async ([newest]) =>
        this.verificationStatusOf(newest ?? null, (await this.clock.current()).now),
      );
    const newest = cases[0];
    if (!newest) return verificationStatusOf(null);
    const status = this.statusNow(newest);
    return status instanceof Promise
      ? status.then(verificationStatusOf)
      : verificationStatusOf(status);
  }

  /** Loads what entityStatusNow reads for a page of entities: their cases, then the newest's attempts. */
  async preloadEntityStatus(sellerEntityIds: readonly string[]): Promise<void> {
    const cases = await Promise.all(sellerEntityIds.map((id) => this.loadByEntity(id)));
    await Promise.all(cases.flatMap(([newest]) => (newest ? [this.loadAttempts(newest.id)] : [])));
  }

  /** An entity's or representative's verification status: that of its newest case. */
  async verificationStatusOf(
    newest: VerificationCaseEntity | null,
    now: Date,
  ): Promise<VerificationStatus> {
    return verificationStatusOf(newest ? await this.statusOf(newest, now) : null);
  }

  load(id: string): Promise<VerificationCaseEntity | null> {
    return this.loaders.load('case:byId', id, (ids) =>
      this.db.transaction(async (manager) =>
        byKey(
          ids,
          await plainRows(manager, VerificationCaseEntity, 'c', 'WHERE c.id = ANY($1)', [[...ids]]),
          (row) => row.id,
        ),
      ),
    );
  }

  /** The entity's cases if this request has loaded them already (a page's preload). */
  loadedByEntity(sellerEntityId: string): VerificationCaseEntity[] | undefined {
    return this.loaders.known('case:byEntity', sellerEntityId);
  }

  /** Every case of each entity, newest first. */
  loadByEntity(sellerEntityId: string): Promise<VerificationCaseEntity[]> {
    return this.loaders.load('case:byEntity', sellerEntityId, (ids) =>
      this.db.transaction(async (manager) =>
        groupBy(
          ids,
          await plainRows(
            manager,
            VerificationCaseEntity,
            'c',
            'WHERE c.seller_entity_id = ANY($1) ORDER BY c.created_at DESC, c.id DESC',
            [[...ids]],
          ),
          (row) => row.sellerEntityId,
        ),
      ),
    );
  }

  async loadNewestByRepresentative(
    representativeId: string,
    sellerEntityId: string,
  ): Promise<VerificationCaseEntity | null> {
    const cases = await this.loadByEntity(sellerEntityId);
    return cases.find((candidate) => candidate.representativeId === representativeId) ?? null;
  }

  /** Each case's attempts, oldest first. */
  loadAttempts(caseId: string): Promise<AttemptEntity[]> {
    return this.loaders.load('attempt:byCase', caseId, (ids) =>
      this.db.transaction(async (manager) =>
        groupBy(
          ids,
          await plainRows(
            manager,
            AttemptEntity,
            'a',
            'WHERE a.case_id = ANY($1) ORDER BY a.occurred_at, a.created_at',
            [[...ids]],
          ),
          (row) => row.caseId,
        ),
      ),
    );
  }

  private alreadyOpen() {
    return DomainException.conflict('This entity already has an open verification case.', [
      {
        field: 'sellerEntityId',
        code: 'CASE_OPEN',
        message: 'already has an open verification case',
      },
    ]);
  }

  private async findForUpdate(manager: EntityManager, id: string): Promise<VerificationCaseEntity> {
    const verificationCase = await manager.findOne(VerificationCaseEntity, {
      where: { id: assertId(id, 'Verification case') },
      lock: { mode: 'pessimistic_write' },
    });
    if (!verificationCase) throw DomainException.notFound('Verification case');
    return verificationCase;
  }

  private async findOpenForUpdate(
    manager: EntityManager,
    id: string,
  ): Promise<VerificationCaseEntity> {
    const verificationCase = await this.findForUpdate(manager, id);
    if (verificationCase.passedAt) throw DomainException.conflict('This case has already passed.');
    if (verificationCase.cancelledAt) throw DomainException.conflict('This case was cancelled.');
    return verificationCase;
  }
}
