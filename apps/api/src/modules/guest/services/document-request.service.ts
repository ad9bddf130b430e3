import { Inject, Injectable } from '@nestjs/common';
import {
  DOCUMENT_REQUEST_DEFAULT_DAYS,
  DOCUMENT_REQUEST_MAX_FILES,
  documentRequestStatus,
} from '@veridesk/domain';
import { EntityManager, In } from 'typeorm';
import { GuestGate } from '../../../engine/auth/guest-gate.service';
import { newGuestToken } from '../../../engine/auth/secrets';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { groupBy, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { keysetPage, Page, PageArgs } from '../../../engine/graphql/pagination';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { AuditService } from '../../audit/audit.service';
import { DocumentService } from '../../document/services/document.service';
import { FileService } from '../../file/services/file.service';
import { StoredFileEntity } from '../../file/stored-file.entity';
import type { StoredFileObject } from '../../file/stored-file.object';
import { RepresentativeEntity } from '../../representative/representative.entity';
import { SellerEntityEntity } from '../../seller-entity/seller-entity.entity';
import { SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { DocumentRequestEntity, DocumentRequestFileEntity } from '../document-request.entity';
import {
  DocumentRequestFilter,
  RequestDocumentInput,
  SubmitDocumentRequestInput,
} from '../document-request.inputs';
import type {
  DocumentRequestObject,
  GuestDocumentRequestObject,
} from '../document-request.objects';
import { documentRequestStatusSql } from '../document-request-status.sql';

const DAY = 86_400_000;

/** A request's link opened: which request, in which agency. */
type Opened = { id: string; agencyId: string };

/**
 * Document requests (RULES.md "Guest links"): the agency asks, the seller uploads and submits
 * through the link, a MANAGER reviews. Guest work enters the request's agency (row-level security
 * stays on) and is audited as 'guest:document-request:<id>'.
 */
@Injectable()
export class DocumentRequestService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly gate: GuestGate,
    private readonly clock: Clock,
    private readonly agencyClock: AgencyClock,
    private readonly audit: AuditService,
    private readonly documents: DocumentService,
    private readonly files: FileService,
    private readonly sellerEntities: SellerEntityService,
    private readonly loaders: RequestLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ——— the agency's side ———

  async request(input: RequestDocumentInput): Promise<DocumentRequestObject> {
    const { now } = await this.agencyClock.current();
    const { token, hash } = newGuestToken();
    const request = await this.db.transaction(async (manager) => {
      const entity = await this.sellerEntities.findForUpdate(manager, input.sellerEntityId);
      const representativeId = await this.validRepresentative(
        manager,
        entity.id,
        input.representativeId,
      );
      const days = input.expiresInDays ?? DOCUMENT_REQUEST_DEFAULT_DAYS;
      const created = await manager.save(
        manager.create(DocumentRequestEntity, {
          agencyId: this.tenantContext.agencyId,
          sellerEntityId: entity.id,
          representativeId,
          type: input.type,
          message: input.message?.trim() || null,
          tokenHash: hash,
          expiresAt: new Date(now.getTime() + days * DAY),
          createdBy: this.tenantContext.principal.label,
        }),
      );
      await this.audit.record({
        action: 'documentRequest.create',
        subjectType: 'DocumentRequest',
        subjectId: created.id,
        sellerEntityId: entity.id,
        changes: { type: created.type, representativeId, expiresAt: created.expiresAt },
      });
      return created;
    });
    return this.toObject(request, now, `${this.publicUrl()}/d/${token}`);
  }

  async revoke(id: string): Promise<DocumentRequestObject> {
    const { now } = await this.agencyClock.current();
    const request = await this.db.transaction(async (manager) => {
      const found = await this.findForUpdate(manager, id);
      const status = documentRequestStatus(found, now);
      if (status === 'REVOKED') return found;
      if (status === 'ACCEPTED' || status === 'REJECTED')
        throw DomainException.conflict(
          'The request has been reviewed: there is no link to revoke.',
        );
      found.revokedAt = now;
      await manager.update(DocumentRequestEntity, { id: found.id }, { revokedAt: now });
      await this.audit.record({
        action: 'documentRequest.revoke',
        subjectType: 'DocumentRequest',
        subjectId: found.id,
        sellerEntityId: found.sellerEntityId,
      });
      return found;
    });
    return this.toObject(request, now);
  }

  /**
   * accept: the document recorded by recordDocument's own method (its rules, its audit, its
   * readiness and impact), the submitted scan attached; reject: only the note is kept.
   */
  async review(id: string, accept: boolean, note?: string | null): Promise<DocumentRequestObject> {
    const { now } = await this.agencyClock.current();
    const request = await this.db.transaction(async (manager) => {
      const found = await this.findForUpdate(manager, id);
      if (documentRequestStatus(found, now) !== 'SUBMITTED')
        throw DomainException.conflict('Only a SUBMITTED request can be reviewed.');
      const fileIds = (await this.fileRows(manager, [found.id])).map((row) => row.fileId);
      const document = accept
        ? await this.documents.record({
            sellerEntityId: found.sellerEntityId,
            representativeId: found.representativeId,
            type: found.type,
            number: found.submittedNumber,
            issuedOn: found.submittedIssuedOn,
            expiresOn: found.submittedLongTerm ? null : found.submittedExpiresOn,
            // A document holds one scan: the first page uploaded; the request keeps them all.
            fileId: fileIds[0] ?? null,
          })
        : null;
      Object.assign(found, {
        reviewedAt: now,
        reviewedBy: this.tenantContext.principal.label,
        accepted: accept,
        reviewNote: note?.trim() || null,
        documentId: document?.id ?? null,
      });
      await manager.update(
        DocumentRequestEntity,
        { id: found.id },
        {
          reviewedAt: found.reviewedAt,
          reviewedBy: found.reviewedBy,
          accepted: found.accepted,
          reviewNote: found.reviewNote,
          documentId: found.documentId,
        },
      );
      await this.audit.record({
        action: accept ? 'documentRequest.accept' : 'documentRequest.reject',
        subjectType: 'DocumentRequest',
        subjectId: found.id,
        sellerEntityId: found.sellerEntityId,
        changes: { documentId: found.documentId, reviewNote: found.reviewNote },
      });
      return found;
    });
    return this.toObject(request, now);
  }

  /** Newest first. */
  async list(filter: DocumentRequestFilter, page: PageArgs): Promise<Page<DocumentRequestObject>> {
    const { now } = await this.agencyClock.current();
    const rows = await this.db.transaction(async (manager) => {
      const query = manager.createQueryBuilder(DocumentRequestEntity, 'r');
      if (filter.status)
        query.andWhere(documentRequestStatusSql(filter.status, 'r', ':now'), { now });
      if (filter.sellerEntityId)
        query.andWhere('r.seller_entity_id = :sellerEntityId', {
          sellerEntityId: assertId(filter.sellerEntityId, 'Seller entity'),
        });
      return keysetPage(query, page, {
        column: 'r.created_at',
        idColumn: 'r.id',
        direction: 'DESC',
        valueOf: (row) => row.createdAt,
      });
    });
    return {
      ...rows,
      edges: rows.edges.map((edge) => ({ ...edge, node: this.toObject(edge.node, now) })),
    };
  }

  /** The scans submitted through a request, in upload order, batched per request. */
  submittedFiles(requestId: string): Promise<StoredFileObject[]> {
    return this.loaders.load('documentRequest:files', requestId, (ids: readonly string[]) =>
      this.db.transaction(async (manager) => {
        const links = await this.fileRows(manager, [...ids]);
        const files = links.length
          ? await manager.findBy(StoredFileEntity, { id: In(links.map((link) => link.fileId)) })
          : [];
        const byId = new Map(files.map((file) => [file.id, this.files.toObject(file)]));
        return groupBy(ids, links, (link) => link.requestId).map((group) =>
          group.flatMap((link) => byId.get(link.fileId) ?? []),
        );
      }),
    );
  }

  // ——— the guest's side (no credentials: the token is the key) ———

  async guestView(address: string, token: string): Promise<GuestDocumentRequestObject> {
    const opened = await this.open(address, token);
    return this.tenantContext.runInAgency(opened.agencyId, () => this.guestObject(opened.id));
  }

  /** POST /guest/<token>/files: FileService's rules (scans only), while the request is OPEN. */
  async upload(
    address: string,
    token: string,
    data: Buffer | undefined,
    name: string | undefined,
  ): Promise<{ id: string }> {
    const opened = await this.open(address, token);
    return this.tenantContext.runInAgency(opened.agencyId, async () => {
      const file = await this.files.upload(data, name, {
        scansOnly: true,
        actor: this.guestActor(opened.id),
        attach: async (manager, stored) => {
          const request = await this.openForUpdate(manager, opened.id);
          const count = await manager.countBy(DocumentRequestFileEntity, { requestId: request.id });
          if (count >= DOCUMENT_REQUEST_MAX_FILES)
            throw DomainException.field(
              'file',
              'TOO_MANY',
              `at most ${DOCUMENT_REQUEST_MAX_FILES} files per request`,
            );
          await manager.insert(DocumentRequestFileEntity, {
            requestId: request.id,
            fileId: stored.id,
            agencyId: request.agencyId,
          });
        },
      });
      return { id: file.id };
    });
  }

  /**
   * Once: the scans uploaded through this link and the number and dates, under recordDocument's
   * rules (the input's own validation, then DocumentService.checkDates). Nothing is written on error.
   */
  async submit(
    address: string,
    token: string,
    input: SubmitDocumentRequestInput,
  ): Promise<GuestDocumentRequestObject> {
    const opened = await this.open(address, token);
    return this.tenantContext.runInAgency(opened.agencyId, async () => {
      const expiresOn = input.longTerm ? null : (input.expiresOn ?? null);
      const issuedOn = input.issuedOn ?? null;
      this.documents.checkDates({ issuedOn, expiresOn });
      const { now } = await this.agencyClock.current();
      await this.db.transaction(async (manager) => {
        const request = await this.openForUpdate(manager, opened.id);
        const uploaded = new Set(
          (await this.fileRows(manager, [request.id])).map((row) => row.fileId),
        );
        const fileIds = [...new Set(input.fileIds)];
        // Any other file (another request's, the agency's own, another agency's) is as unknown.
        if (fileIds.some((id) => !uploaded.has(id))) throw DomainException.notFound('File');
        // Scans uploaded but not chosen are let go: the request holds what was submitted.
        const dropped = [...uploaded].filter((id) => !fileIds.includes(id));
        if (dropped.length)
          await manager.delete(DocumentRequestFileEntity, {
            requestId: request.id,
            fileId: In(dropped),
          });
        const submitted = {
          submittedAt: now,
          submittedNumber: input.number?.trim() || null,
          submittedIssuedOn: issuedOn,
          submittedExpiresOn: expiresOn,
          submittedLongTerm: expiresOn === null,
        };
        await manager.update(DocumentRequestEntity, { id: request.id }, submitted);
        await this.audit.record({
          actor: this.guestActor(request.id),
          action: 'documentRequest.submit',
          subjectType: 'DocumentRequest',
          subjectId: request.id,
          sellerEntityId: request.sellerEntityId,
          changes: {
            type: request.type,
            // An ID card's number is an ID number: never in an audit event.
            number: request.type === 'RESIDENT_ID_CARD' ? undefined : submitted.submittedNumber,
            issuedOn,
            expiresOn,
            longTerm: submitted.submittedLongTerm,
            fileIds,
          },
        });
      });
      return this.guestObject(opened.id);
    });
  }

  // ——— helpers ———

  /**
   * The request behind a token, through the guest gate: unknown, revoked, or expired while still
   * OPEN → NOT_FOUND. A submitted request's link keeps showing its status.
   */
  private open(address: string, token: string): Promise<Opened> {
    return this.gate.open(
      address,
      token,
      async (tokenHash) => {
        const rows: Array<{
          id: string;
          agency_id: string;
          expires_at: Date;
          revoked_at: Date | null;
          submitted_at: Date | null;
        }> = await this.db.system((manager) =>
          manager.query(
            `SELECT id, agency_id, expires_at, revoked_at, submitted_at FROM document_requests WHERE token_hash = $1`,
            [tokenHash],
          ),
        );
        const row = rows[0];
        if (!row || row.revoked_at) return null;
        if (!row.submitted_at && row.expires_at.getTime() <= this.clock.now().getTime())
          return null;
        return { id: row.id, agencyId: row.agency_id };
      },
      'Document request',
    );
  }

  /** The request, locked, while it still takes uploads and a submission (OPEN). */
  private async openForUpdate(manager: EntityManager, id: string) {
    const request = await this.findForUpdate(manager, id);
    const { now } = await this.agencyClock.current();
    const status = documentRequestStatus(request, now);
    if (status === 'SUBMITTED' || status === 'ACCEPTED' || status === 'REJECTED')
      throw DomainException.conflict('This request has already been submitted.');
    if (status !== 'OPEN') throw DomainException.notFound('Document request');
    return request;
  }

  private async findForUpdate(manager: EntityManager, id: string) {
    const request = await manager.findOne(DocumentRequestEntity, {
      where: { id: assertId(id, 'Document request') },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw DomainException.notFound('Document request');
    return request;
  }

  private fileRows(manager: EntityManager, requestIds: string[]) {
    return manager.find(DocumentRequestFileEntity, {
      where: { requestId: In(requestIds) },
      order: { createdAt: 'ASC', fileId: 'ASC' },
    });
  }

  private async validRepresentative(
    manager: EntityManager,
    sellerEntityId: string,
    id?: string | null,
  ) {
    if (!id) return null;
    const representative = await manager.findOneBy(RepresentativeEntity, {
      id: assertId(id, 'Representative'),
    });
    if (!representative) throw DomainException.notFound('Representative');
    if (representative.sellerEntityId !== sellerEntityId)
      throw DomainException.field(
        'representativeId',
        'OTHER_ENTITY',
        'is a representative of another entity',
      );
    return representative.id;
  }

  /** What the link shows: the agency's and entity's names, what is asked, where it stands. */
  private async guestObject(id: string): Promise<GuestDocumentRequestObject> {
    const { now } = await this.agencyClock.current();
    return this.db.transaction(async (manager) => {
      const request = await manager.findOneByOrFail(DocumentRequestEntity, { id });
      const agency = await manager.findOneByOrFail(AgencyEntity, { id: request.agencyId });
      const entity = await manager.findOneByOrFail(SellerEntityEntity, {
        id: request.sellerEntityId,
      });
      const status = documentRequestStatus(request, now);
      return {
        agencyName: agency.name,
        sellerEntityName: entity.legalName,
        type: request.type,
        message: request.message,
        status,
        expiresAt: request.expiresAt,
        reviewNote: status === 'REJECTED' ? request.reviewNote : null,
      };
    });
  }

  private guestActor(requestId: string) {
    return `guest:document-request:${requestId}`;
  }

  private publicUrl() {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  /** `url` carries the token only when the request is created: only its hash is kept. */
  private toObject(request: DocumentRequestEntity, now: Date, url = ''): DocumentRequestObject {
    return {
      id: request.id,
      type: request.type,
      message: request.message,
      status: documentRequestStatus(request, now),
      url,
      expiresAt: request.expiresAt,
      createdAt: request.createdAt,
      submittedAt: request.submittedAt,
      submittedNumber: request.submittedNumber,
      submittedIssuedOn: request.submittedIssuedOn,
      submittedExpiresOn: request.submittedExpiresOn,
      submittedLongTerm: request.submittedLongTerm,
      reviewNote: request.reviewNote,
      sellerEntityId: request.sellerEntityId,
      representativeId: request.representativeId,
      documentId: request.documentId,
    };
  }
}
