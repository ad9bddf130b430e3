import { Inject, Injectable } from '@nestjs/common';
import {
  CHECKLIST_KEYS,
  DEFAULT_AGENCY_TIME_ZONE,
  documentValidity,
  localTimes,
} from '@veridesk/domain';
import { In, IsNull } from 'typeorm';
import { GuestGate } from '../../engine/auth/guest-gate.service';
import { newGuestToken } from '../../engine/auth/secrets';
import { AgencyClock } from '../../engine/clock/agency-clock.service';
import { Clock } from '../../engine/clock/clock';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { groupBy, RequestLoaders } from '../../engine/dataloader/request-loaders.service';
import { assertId } from '../../engine/database/ids';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { DomainException } from '../../engine/exceptions/domain.exception';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../agency/agency.entity';
import { AuditService } from '../audit/audit.service';
import { DocumentService } from '../document/services/document.service';
import { RepresentativeService } from '../representative/services/representative.service';
import { SellerEntityService } from '../seller-entity/services/seller-entity.service';
import { ReadinessService } from '../verification-case/services/readiness.service';
import { VerificationCaseService } from '../verification-case/services/verification-case.service';
import { VerificationCaseEntity } from '../verification-case/verification-case.entity';
import { CallPrepLinkEntity } from './call-prep-link.entity';
import type { CallPrepLinkObject, CallPrepObject } from './call-prep.objects';
import { CHECKLIST_LABELS_ZH, readinessSentence } from './call-prep.words';

/** A link stays valid this long after its case's deadline (RULES.md "Guest links"). */
const VALID_AFTER_DEADLINE_MS = 7 * 24 * 3_600_000;
const NOTE_MAX_LENGTH = 500;

type OpenLink = { id: string; agencyId: string };

/**
 * Call-prep links: the agency creates and revokes them (MANAGER and above); the legal
 * representative, with no account, opens the page, ticks the case's checklist and answers through
 * the token (GuestGate: unknown, expired, revoked or closed-case tokens are NOT_FOUND and count
 * against the caller's address). Guest work runs inside the link's agency, under row-level security.
 */
@Injectable()
export class CallPrepService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly agencyClock: AgencyClock,
    private readonly clock: Clock,
    private readonly loaders: RequestLoaders,
    private readonly audit: AuditService,
    private readonly gate: GuestGate,
    private readonly cases: VerificationCaseService,
    private readonly readiness: ReadinessService,
    private readonly sellerEntities: SellerEntityService,
    private readonly representatives: RepresentativeService,
    private readonly documents: DocumentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new link for an open case; the case's live link, if any, is revoked. */
  async create(caseId: string): Promise<CallPrepLinkObject> {
    const { now } = await this.agencyClock.current();
    return this.db.transaction(async (manager) => {
      const verificationCase = await manager.findOne(VerificationCaseEntity, {
        where: { id: assertId(caseId, 'Verification case') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!verificationCase) throw DomainException.notFound('Verification case');
      if (verificationCase.passedAt || verificationCase.cancelledAt)
        throw DomainException.conflict('This case is closed: a call-prep link would not open.');
      const expiresAt = new Date(verificationCase.deadlineAt.getTime() + VALID_AFTER_DEADLINE_MS);
      if (expiresAt.getTime() <= now.getTime())
        throw DomainException.conflict(
          'The deadline passed more than 7 days ago: a call-prep link would not open.',
        );
      const live = await manager.find(CallPrepLinkEntity, {
        where: { caseId: verificationCase.id, revokedAt: IsNull() },
        select: { id: true },
      });
      if (live.length)
        await manager.update(
          CallPrepLinkEntity,
          { id: In(live.map((link) => link.id)) },
          { revokedAt: now },
        );
      const { token, hash } = newGuestToken();
      const link = manager.create(CallPrepLinkEntity, {
        agencyId: verificationCase.agencyId,
        caseId: verificationCase.id,
        tokenHash: hash,
        createdBy: this.tenantContext.principal.membershipId,
        expiresAt,
        revokedAt: null,
        lastOpenedAt: null,
        ready: null,
        answerNote: null,
        answeredAt: null,
      });
      await manager.save(link);
      this.loaders.clear('callPrepLink:byCase');
      await this.audit.record({
        action: 'callPrepLink.create',
        subjectType: 'CallPrepLink',
        subjectId: link.id,
        sellerEntityId: verificationCase.sellerEntityId,
        changes: {
          caseId: verificationCase.id,
          expiresAt,
          revokedLinkIds: live.map((previous) => previous.id),
        },
      });
      return this.toObject(link, `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/p/${token}`);
    });
  }

  async revoke(id: string): Promise<CallPrepLinkObject> {
    const { now } = await this.agencyClock.current();
    return this.db.transaction(async (manager) => {
      const link = await manager.findOne(CallPrepLinkEntity, {
        where: { id: assertId(id, 'Call-prep link') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!link) throw DomainException.notFound('Call-prep link');
      if (!link.revokedAt) {
        link.revokedAt = now;
        await manager.update(CallPrepLinkEntity, { id: link.id }, { revokedAt: now });
        const verificationCase = await manager.findOneByOrFail(VerificationCaseEntity, {
          id: link.caseId,
        });
        this.loaders.clear('callPrepLink:byCase');
        await this.audit.record({
          action: 'callPrepLink.revoke',
          subjectType: 'CallPrepLink',
          subjectId: link.id,
          sellerEntityId: verificationCase.sellerEntityId,
          changes: { caseId: link.caseId },
        });
      }
      return this.toObject(link);
    });
  }

  /** The case's newest link (live, expired or revoked: its state says which), batched per request. */
  async newestForCase(caseId: string): Promise<CallPrepLinkObject | null> {
    const links = await this.loaders.load('callPrepLink:byCase', caseId, (ids) =>
      this.db.transaction(async (manager) =>
        groupBy(
          ids,
          await manager.find(CallPrepLinkEntity, {
            where: { caseId: In([...ids]) },
            order: { createdAt: 'DESC', id: 'DESC' },
          }),
          (row) => row.caseId,
        ),
      ),
    );
    return links.length ? this.toObject(links[0]) : null;
  }

  /** The page behind a token; marks the link opened. */
  async open(token: string, address: string): Promise<CallPrepObject> {
    return this.asGuest(token, address, async (link) => {
      const { now } = await this.agencyClock.current();
      await this.db.transaction((manager) =>
        manager.update(CallPrepLinkEntity, { id: link.id }, { lastOpenedAt: now }),
      );
      return this.page(link.id);
    });
  }

  /** Ticks the case's own checklist, as the dashboard's updateChecklist does. */
  async tick(token: string, key: string, done: boolean, address: string): Promise<CallPrepObject> {
    return this.asGuest(token, address, async (link) => {
      const caseId = await this.caseIdOf(link.id);
      await this.cases.updateChecklist({ caseId, key, done }, { actor: this.actor(link.id) });
      return this.page(link.id);
    });
  }

  /** "我已准备好" (ready) or "需要改约" (not ready) with a note; a "not ready" is a moment. */
  async answer(
    token: string,
    ready: boolean,
    note: string | null | undefined,
    address: string,
  ): Promise<CallPrepObject> {
    const text = note?.trim() || null;
    if (text && text.length > NOTE_MAX_LENGTH)
      throw DomainException.field(
        'note',
        'TOO_LONG',
        `must be at most ${NOTE_MAX_LENGTH} characters`,
      );
    return this.asGuest(token, address, async (link) => {
      const { now } = await this.agencyClock.current();
      await this.db.transaction(async (manager) => {
        const row = await manager.findOneOrFail(CallPrepLinkEntity, {
          where: { id: link.id },
          lock: { mode: 'pessimistic_write' },
        });
        await manager.update(
          CallPrepLinkEntity,
          { id: row.id },
          { ready, answerNote: text, answeredAt: now },
        );
        const verificationCase = await manager.findOneByOrFail(VerificationCaseEntity, {
          id: row.caseId,
        });
        await this.audit.record({
          actor: this.actor(row.id),
          action: 'callPrepLink.answer',
          subjectType: 'VerificationCase',
          subjectId: verificationCase.id,
          sellerEntityId: verificationCase.sellerEntityId,
          changes: { ready, note: text, callPrepLinkId: row.id },
        });
      });
      return this.page(link.id);
    });
  }

  private actor(linkId: string): string {
    return `guest:call-prep:${linkId}`;
  }

  /** Through the gate, then inside the link's agency (row-level security on). */
  private async asGuest<T>(
    token: string,
    address: string,
    work: (link: OpenLink) => Promise<T>,
  ): Promise<T> {
    const link = await this.gate.open(address, token, (hash) => this.find(hash), 'Call-prep link');
    return this.tenantContext.runInAgency(link.agencyId, () => work(link));
  }

  /**
   * The link a token hash names while it opens: not revoked, not expired, its case still open.
   * The hash → agency lookup crosses agencies (system role, a few columns); the rest is the agency's.
   */
  private async find(tokenHash: string): Promise<OpenLink | null> {
    const row = await this.db.system((manager) =>
      manager.findOne(CallPrepLinkEntity, {
        where: { tokenHash },
        select: { id: true, agencyId: true, expiresAt: true, revokedAt: true },
      }),
    );
    if (!row || row.revokedAt || row.expiresAt.getTime() <= this.clock.now().getTime()) return null;
    const open = await this.tenantContext.runInAgency(row.agencyId, () =>
      this.db.transaction((manager) =>
        manager
          .createQueryBuilder(VerificationCaseEntity, 'c')
          .innerJoin(CallPrepLinkEntity, 'l', 'l.agency_id = c.agency_id AND l.case_id = c.id')
          .where('l.id = :id', { id: row.id })
          .andWhere('c.passed_at IS NULL AND c.cancelled_at IS NULL')
          .getExists(),
      ),
    );
    return open ? { id: row.id, agencyId: row.agencyId } : null;
  }

  private async caseIdOf(linkId: string): Promise<string> {
    const link = await this.db.transaction((manager) =>
      manager.findOneByOrFail(CallPrepLinkEntity, { id: linkId }),
    );
    return link.caseId;
  }

  /**
   * What the representative sees: only this case, its entity and representative by name, the
   * entity's documents without numbers, the manager's name. Never an ID number or a phone.
   */
  private async page(linkId: string): Promise<CallPrepObject> {
    const link = await this.db.transaction((manager) =>
      manager.findOneByOrFail(CallPrepLinkEntity, { id: linkId }),
    );
    const verificationCase = await this.cases.get(link.caseId);
    const time = await this.agencyClock.current();
    const [agency, entity, representative, documents, status, readiness] = await Promise.all([
      this.db.transaction((manager) =>
        manager.findOneByOrFail(AgencyEntity, { id: link.agencyId }),
      ),
      this.sellerEntities.load(verificationCase.sellerEntityId),
      this.representatives.load(verificationCase.representativeId),
      this.documents.loadByEntity(verificationCase.sellerEntityId),
      this.cases.statusOf(verificationCase, time.now),
      this.readiness.assess(verificationCase),
    ]);
    if (!entity || !representative)
      throw new Error('A case points at a missing entity or representative');
    const managing = entity.managerId
      ? await this.sellerEntities.loadManager(entity.managerId)
      : null;
    const startsAt = verificationCase.appointmentStartsAt;
    const sentences = (severity: 'BLOCKER' | 'WARNING') =>
      readiness.issues
        .filter((issue) => issue.severity === severity)
        .map((issue) => readinessSentence(issue.code, issue.params));
    return {
      agencyName: agency.name,
      sellerEntityName: entity.legalName,
      representativeName: representative.fullName,
      site: verificationCase.site,
      status,
      deadlineAt: verificationCase.deadlineAt,
      appointment: startsAt
        ? {
            // Addressed by the link: the guest needs no internal case id.
            id: link.id,
            startsAt,
            site: verificationCase.site,
            // The representative reads Beijing time beside the site's.
            ...localTimes(startsAt, verificationCase.site, DEFAULT_AGENCY_TIME_ZONE),
          }
        : null,
      blockers: sentences('BLOCKER'),
      warnings: sentences('WARNING'),
      checklist: CHECKLIST_KEYS.map((key) => ({
        key,
        label: CHECKLIST_LABELS_ZH[key],
        done: verificationCase.checklist[key] === true,
      })),
      documents: documents
        // The entity's own papers and this representative's; other people's ID cards stay out.
        .filter(
          (document) =>
            document.representativeId === null || document.representativeId === representative.id,
        )
        .map((document) => ({
          type: document.type,
          expiresOn: document.expiresOn,
          status: documentValidity(document.expiresOn, time.today, time.expiryWarningDays).status,
        })),
      managerName: managing?.user?.name ?? null,
      ready: link.ready,
    };
  }

  private toObject(link: CallPrepLinkEntity, url = ''): CallPrepLinkObject {
    return {
      id: link.id,
      url,
      expiresAt: link.expiresAt,
      createdAt: link.createdAt,
      revokedAt: link.revokedAt,
      lastOpenedAt: link.lastOpenedAt,
      ready: link.ready,
      answerNote: link.answerNote,
      answeredAt: link.answeredAt,
    };
  }
}
