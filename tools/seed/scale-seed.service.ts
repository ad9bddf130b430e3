import { Injectable } from '@nestjs/common';
import {
  CHECKLIST_KEYS,
  dateIn,
  DEFAULT_AGENCY_TIME_ZONE,
  defaultDeadline,
  Site,
  siteWallClockToInstant,
  SITE_TIME_ZONES,
} from '@veridesk/domain';
import { PrincipalResolver } from '@veridesk/api/engine/auth/principal-resolver.service';
import { TenantDatabase } from '@veridesk/api/engine/database/tenant-database.service';
import type { Principal } from '@veridesk/api/engine/tenancy/request-context';
import { TenantContext } from '@veridesk/api/engine/tenancy/tenant-context.service';
import { AuthService } from '@veridesk/api/modules/auth/services/auth.service';
import { DocumentService } from '@veridesk/api/modules/document/services/document.service';
import { IMPORT_COLUMNS } from '@veridesk/api/modules/import/services/import-rows';
import { ImportService } from '@veridesk/api/modules/import/services/import.service';
import { InvitationService } from '@veridesk/api/modules/member/services/invitation.service';
import { RepresentativeService } from '@veridesk/api/modules/representative/services/representative.service';
import { SellerEntityEntity } from '@veridesk/api/modules/seller-entity/seller-entity.entity';
import { SellerEntityService } from '@veridesk/api/modules/seller-entity/services/seller-entity.service';
import { StoreService } from '@veridesk/api/modules/store/services/store.service';
import { StoreEntity } from '@veridesk/api/modules/store/store.entity';
import { caseStatusSql } from '@veridesk/api/modules/verification-case/case-status.sql';
import { VerificationCaseService } from '@veridesk/api/modules/verification-case/services/verification-case.service';
import { PlannedCase, PlannedEntity, planScaleSeed, ScaleSeedPlan } from './scale-seed-plan';

export type ScaleSeedOptions = {
  entities: number;
  managers?: number;
  seed?: number;
  /** Service calls in flight at once; keep it under DATABASE_POOL_SIZE. */
  concurrency?: number;
  /** Makes the logins unique, so several agencies can be seeded into one database. */
  emailTag?: string;
  onProgress?: (line: string) => void;
};

export type ScaleSeedReport = {
  agencyId: string;
  owner: { email: string; password: string };
  seed: number;
  today: string;
  /** Rows of the agency per table. */
  counts: Record<string, number>;
  caseStatuses: Record<string, number>;
  /** Documents by expiry: expired, within 30/60/90 days, later, long-term. */
  documentExpiries: Record<string, number>;
  storeStatuses: Record<string, number>;
  seconds: number;
};

/** Every seeded login's password (the data is throwaway; README says so). */
export const SCALE_SEED_PASSWORD = 'veridesk-scale-2026';
// Import batches stay well under the import's 20,000-row limit and keep each transaction short.
const IMPORT_BATCH_ENTITIES = 500;
const HOUR_MS = 3_600_000;

/** Runs `work` over `items` with at most `width` calls in flight. */
async function eachConcurrently<T>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

const csvCell = (value: string) =>
  /[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * Seeds one realistic agency through the services the API itself calls (sign-up, invitations,
 * import, representatives, documents, stores, cases), each inside the agency's tenant context
 * as the OWNER, so every rule, audit event and row-level-security policy applies as in production.
 */
@Injectable()
export class ScaleSeedService {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly principals: PrincipalResolver,
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly imports: ImportService,
    private readonly sellerEntities: SellerEntityService,
    private readonly representatives: RepresentativeService,
    private readonly documents: DocumentService,
    private readonly stores: StoreService,
    private readonly cases: VerificationCaseService,
  ) {}

  async seed(options: ScaleSeedOptions): Promise<ScaleSeedReport> {
    const started = Date.now();
    const seed = options.seed ?? 1;
    const width = options.concurrency ?? 8;
    const tag = options.emailTag ?? `s${seed}`;
    const progress = (line: string) =>
      options.onProgress?.(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
    const today = dateIn(new Date(), DEFAULT_AGENCY_TIME_ZONE);
    const plan = planScaleSeed(
      seed,
      { entities: options.entities, managers: options.managers ?? 50 },
      today,
    );

    const owner = {
      email: `owner.${tag}@scale.veridesk.example.com`,
      password: SCALE_SEED_PASSWORD,
    };
    const signedUp = await this.auth.signUp({
      agencyName: `规模测试跨境服务商 ${tag}`,
      name: '李娜',
      email: owner.email,
      password: owner.password,
      timeZone: DEFAULT_AGENCY_TIME_ZONE,
    });
    const agencyId = signedUp.payload.viewer.principal.agencyId;
    const principal = (await this.principals.resolve(signedUp.payload.token, 'seed')) as Principal;
    const inAgency = <T>(work: () => Promise<T>) =>
      this.tenantContext.runInAgency(agencyId, work, principal);
    progress(`agency ${agencyId}, owner ${owner.email}`);

    const managerIds = await this.addManagers(plan, tag, inAgency, width);
    progress(`${managerIds.length} managers`);

    const entities = await inAgency(() => this.importPortfolio(plan.entities, progress));
    const ids = await inAgency(() => this.entityIds());
    const entityId = (entity: PlannedEntity) => ids.entities.get(entity.uscc) as string;

    await inAgency(() =>
      eachConcurrently(plan.entities, width, (entity) => {
        const hasChanges =
          entity.manager !== null ||
          entity.englishName ||
          entity.violationsLast90Days ||
          entity.needsChineseSupport;
        if (!hasChanges) return Promise.resolve();
        return this.sellerEntities.update(entityId(entity), {
          managerId: entity.manager === null ? undefined : managerIds[entity.manager],
          englishName: entity.englishName ?? undefined,
          violationsLast90Days: entity.violationsLast90Days,
          needsChineseSupport: entity.needsChineseSupport,
          chineseSupportRequested: entity.chineseSupportRequested,
        });
      }),
    );
    progress(`${entities} entities imported and assigned`);

    const representativeIds = new Map<string, string[]>();
    await inAgency(() =>
      eachConcurrently(plan.entities, width, async (entity) => {
        const added: string[] = [];
        for (const person of entity.representatives) {
          const representative = await this.representatives.add({
            sellerEntityId: entityId(entity),
            ...person,
          });
          added.push(representative.id);
        }
        representativeIds.set(entity.uscc, added);
      }),
    );
    progress(`${[...representativeIds.values()].flat().length} representatives`);

    // Round-robin over entities: each document locks its entity, so neighbours must differ.
    const documentWork = roundRobin(
      plan.entities.map((entity) => entity.documents.map((document) => ({ entity, document }))),
    );
    await inAgency(() =>
      eachConcurrently(documentWork, width, async ({ entity, document }, index) => {
        await this.documents.record({
          sellerEntityId: entityId(entity),
          representativeId:
            document.representative === null
              ? null
              : (representativeIds.get(entity.uscc) as string[])[document.representative],
          type: document.type,
          number: document.number,
          issuedOn: document.issuedOn,
          expiresOn: document.expiresOn,
          sites: document.sites,
        });
        if ((index + 1) % 10_000 === 0) progress(`${index + 1}/${documentWork.length} documents`);
      }),
    );
    progress(`${documentWork.length} documents recorded`);

    const heldStores = plan.entities.flatMap((entity) =>
      entity.stores.filter((store) => store.status),
    );
    await inAgency(() =>
      eachConcurrently(heldStores, width, (store) =>
        this.stores.updateStatus({
          storeId: ids.stores.get(`${store.site}:${store.lazadaSellerId}`) as string,
          status: store.status as NonNullable<typeof store.status>,
          restrictedModules: store.restrictedModules,
          freezeUntil: store.freezeDays
            ? new Date(Date.now() + store.freezeDays * 24 * HOUR_MS)
            : null,
        }),
      ),
    );
    progress(`${heldStores.length} store statuses set by hand`);

    const withCases = plan.entities.filter((entity) => entity.verificationCase);
    await inAgency(() =>
      eachConcurrently(withCases, width, (entity) =>
        this.openCase(
          entityId(entity),
          entity.verificationCase as PlannedCase,
          representativeIds.get(entity.uscc) as string[],
        ),
      ),
    );
    progress(`${withCases.length} verification cases`);

    const archived = plan.entities.filter((entity) => entity.archived);
    await inAgency(() =>
      eachConcurrently(archived, width, (entity) => this.sellerEntities.archive(entityId(entity))),
    );
    progress(`${archived.length} entities archived`);

    const summary = await inAgency(() => this.summary(today));
    return { agencyId, owner, seed, today, ...summary, seconds: (Date.now() - started) / 1000 };
  }

  /** Each manager is invited by the owner and accepts, as through the dashboard. */
  private async addManagers(
    plan: ScaleSeedPlan,
    tag: string,
    inAgency: <T>(work: () => Promise<T>) => Promise<T>,
    width: number,
  ): Promise<string[]> {
    const memberIds: string[] = [];
    await eachConcurrently(plan.managers, Math.min(width, 4), async (manager, index) => {
      const invitation = await inAgency(() =>
        this.invitations.invite({
          email: `${manager.label}.${tag}@scale.veridesk.example.com`,
          name: manager.name,
          role: 'MANAGER',
        }),
      );
      const token = new URL(invitation.acceptUrl).searchParams.get('token') as string;
      const accepted = await this.invitations.accept(
        { token, name: manager.name, password: SCALE_SEED_PASSWORD },
        'seed',
      );
      const principal = (await this.principals.resolve(
        accepted.payload.token,
        'seed',
      )) as Principal;
      memberIds[index] = principal.membershipId as string;
    });
    return memberIds;
  }

  /** Entities, stores and licence expiries through the portfolio import, in big batches. */
  private async importPortfolio(entities: PlannedEntity[], progress: (line: string) => void) {
    for (let start = 0; start < entities.length; start += IMPORT_BATCH_ENTITIES) {
      const batch = entities.slice(start, start + IMPORT_BATCH_ENTITIES);
      const rows = batch.flatMap((entity) =>
        entity.stores.map((store) =>
          [
            entity.uscc,
            entity.legalName,
            entity.registeredRepresentativeName,
            entity.businessScope.join(';'),
            entity.licenseExpiresOn ?? '长期',
            store.site,
            store.shopName,
            store.lazadaSellerId,
            store.categories.join(';'),
          ]
            .map(csvCell)
            .join(','),
        ),
      );
      const report = await this.imports.import(
        [IMPORT_COLUMNS.join(','), ...rows].join('\n'),
        false,
      );
      if (report.errors.length) {
        throw new Error(
          `The import refused seeded rows: ${JSON.stringify(report.errors.slice(0, 3))}`,
        );
      }
      progress(
        `imported ${start + batch.length}/${entities.length} entities (${rows.length} stores)`,
      );
    }
    return entities.length;
  }

  private entityIds() {
    return this.db.transaction(async (manager) => {
      const entities = await manager.find(SellerEntityEntity, { select: { id: true, uscc: true } });
      const stores = await manager.find(StoreEntity, {
        select: { id: true, site: true, lazadaSellerId: true },
      });
      return {
        entities: new Map(entities.map((entity) => [entity.uscc, entity.id])),
        stores: new Map(stores.map((store) => [`${store.site}:${store.lazadaSellerId}`, store.id])),
      };
    });
  }

  /** Opens the case and walks it into its planned state with the same calls a manager makes. */
  private async openCase(
    sellerEntityId: string,
    planned: PlannedCase,
    representativeIds: string[],
  ) {
    const now = Date.now();
    const noticeReceivedAt = new Date(now - planned.noticeHoursAgo * HOUR_MS);
    const deadlineAt = defaultDeadline(noticeReceivedAt);
    const opened = await this.cases.open({
      sellerEntityId,
      representativeId: representativeIds[planned.representative],
      site: planned.site,
      trigger: planned.trigger,
      noticeReceivedAt,
    });
    const caseId = opened.id;
    // A call happened a while after the notice, and never later than a few minutes ago.
    const callAt = new Date(
      Math.min(
        now - 10 * 60_000,
        noticeReceivedAt.getTime() + Math.min(planned.noticeHoursAgo / 2, 40) * HOUR_MS,
      ),
    );
    const fail = () =>
      this.cases.recordAttempt({
        caseId,
        outcome: 'FAILED',
        occurredAt: callAt,
        failureReasons: planned.failureReasons,
        freezeExtensionHours: planned.freezeHours,
      });
    const book = (time: string) =>
      this.cases.schedule({ caseId, startsAt: nextSlot(planned.site, time, now, deadlineAt) });
    switch (planned.kind) {
      case 'scheduled':
        await book('10:00');
        break;
      case 'scheduled-outside-hours':
        await book(planned.freezeHours % 2 ? '15:30' : '20:00');
        break;
      case 'failed-with-freeze':
      case 'overdue-after-failure':
        await fail();
        break;
      case 'failed-no-show':
        await this.cases.recordAttempt({
          caseId,
          outcome: planned.missedOutcome,
          occurredAt: callAt,
        });
        break;
      case 'rebooked-after-failure':
        await fail();
        await book('09:30');
        break;
      case 'passed':
        await this.cases.recordAttempt({ caseId, outcome: 'PASSED', occurredAt: callAt });
        return;
      case 'cancelled':
        await this.cases.cancel(caseId);
        return;
      default:
        break;
    }
    for (const key of CHECKLIST_KEYS.slice(0, planned.checklistDone)) {
      await this.cases.updateChecklist({ caseId, key, done: true });
    }
  }

  private summary(today: string) {
    return this.db.transaction(async (manager) => {
      const counts: Record<string, number> = {};
      for (const table of [
        'memberships',
        'seller_entities',
        'stores',
        'representatives',
        'documents',
        'verification_cases',
        'attempts',
        'audit_events',
      ]) {
        const [row] = await manager.query(`SELECT count(*)::int AS count FROM ${table}`);
        counts[table] = row.count;
      }
      const grouped = async (sql: string, parameters: unknown[] = []) =>
        Object.fromEntries(
          ((await manager.query(sql, parameters)) as Array<{ key: string; count: number }>).map(
            (row) => [row.key, row.count],
          ),
        );
      const caseStatuses = await grouped(
        `SELECT ${caseStatusSql('c', '$1')} AS key, count(*)::int AS count FROM verification_cases c GROUP BY 1 ORDER BY 1`,
        [new Date()],
      );
      const documentExpiries = await grouped(
        `SELECT CASE WHEN expires_on IS NULL THEN 'long-term'
                     WHEN expires_on < $1::date THEN 'expired'
                     WHEN expires_on <= $1::date + 30 THEN 'within 30 days'
                     WHEN expires_on <= $1::date + 60 THEN 'within 60 days'
                     WHEN expires_on <= $1::date + 90 THEN 'within 90 days'
                     ELSE 'later' END AS key, count(*)::int AS count
           FROM documents GROUP BY 1 ORDER BY 1`,
        [today],
      );
      const storeStatuses = await grouped(
        `SELECT status AS key, count(*)::int AS count FROM stores GROUP BY 1 ORDER BY 1`,
      );
      return { counts, caseStatuses, documentExpiries, storeStatuses };
    });
  }
}

/** The first item of every list, then the second of every list, and so on. */
function roundRobin<T>(lists: T[][]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) =>
    lists.filter((list) => index < list.length).map((list) => list[index]),
  ).flat();
}

/** The first slot at `time` on the site's clock from an hour from now, before the deadline. */
function nextSlot(site: Site, time: string, now: number, deadlineAt: Date): Date {
  for (let day = 0; day < 4; day++) {
    const date = dateIn(new Date(now + day * 24 * HOUR_MS), SITE_TIME_ZONES[site]);
    const slot = siteWallClockToInstant(date, time, site);
    if (slot.getTime() > now + HOUR_MS && slot.getTime() <= deadlineAt.getTime()) return slot;
  }
  return new Date(Math.min(now + HOUR_MS, deadlineAt.getTime()));
}
