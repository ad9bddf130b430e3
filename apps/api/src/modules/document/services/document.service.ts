import { Injectable } from '@nestjs/common';
import { addDaysToDate } from '@veridesk/domain';
import { EntityManager } from 'typeorm';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { byKey, groupBy, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { assertId } from '../../../engine/database/ids';
import { queryCount } from '../../../engine/database/sql';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  Page,
  PageArgs,
  toPage,
} from '../../../engine/graphql/pagination';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { SCAN_CONTENT_TYPES } from '../../file/services/content-type';
import { StoredFileEntity } from '../../file/stored-file.entity';
import { RepresentativeEntity } from '../../representative/representative.entity';
import { SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { RepresentativeService } from '../../representative/services/representative.service';
import { DocumentEntity } from '../document.entity';
import { DocumentFilter, RecordDocumentInput, UpdateDocumentInput } from '../dtos/document.inputs';
import { documentCountSql } from '../document-counts.sql';
import { documentStatusSql } from '../document-status.sql';
import { plainMany, plainRows } from '../../../engine/database/sql';

type Dates = { issuedOn?: string | null; expiresOn?: string | null };

/** An entity's current business licence among its documents: the one recorded last. */
export function businessLicenseAmong(documents: readonly DocumentEntity[]): DocumentEntity | null {
  let newest: DocumentEntity | null = null;
  for (const document of documents) {
    if (document.type !== 'BUSINESS_LICENSE') continue;
    if (!newest || document.createdAt.getTime() > newest.createdAt.getTime()) newest = document;
  }
  return newest;
}

@Injectable()
export class DocumentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
    private readonly loaders: RequestLoaders,
    private readonly sellerEntities: SellerEntityService,
    private readonly representatives: RepresentativeService,
  ) {}

  async record(input: RecordDocumentInput): Promise<DocumentEntity> {
    this.checkDates(input);
    return this.db.transaction(async (manager) => {
      const entity = await this.sellerEntities.findForUpdate(manager, input.sellerEntityId);
      const representativeId = await this.validRepresentative(
        manager,
        entity.id,
        input.representativeId,
      );
      if (input.type === 'RESIDENT_ID_CARD' && !representativeId) {
        throw DomainException.field(
          'representativeId',
          'REQUIRED',
          'an ID card belongs to a representative',
        );
      }
      const document = manager.create(DocumentEntity, {
        agencyId: this.tenantContext.agencyId,
        sellerEntityId: entity.id,
        representativeId,
        type: input.type,
        number: input.number?.trim() || null,
        issuedOn: input.issuedOn ?? null,
        expiresOn: input.expiresOn ?? null,
        sites: [...new Set(input.sites ?? [])],
        fileId: await this.validFile(manager, input.fileId),
      });
      await manager.save(document);
      await this.syncIdExpiry(manager, document);
      await this.audit.record({
        action: 'document.record',
        subjectType: 'Document',
        sellerEntityId: document.sellerEntityId,
        subjectId: document.id,
        changes: {
          sellerEntityId: entity.id,
          type: document.type,
          number: document.type === 'RESIDENT_ID_CARD' ? undefined : document.number,
          issuedOn: document.issuedOn,
          expiresOn: document.expiresOn,
          sites: document.sites,
        },
      });
      return document;
    });
  }

  async update(id: string, input: UpdateDocumentInput): Promise<DocumentEntity> {
    return this.db.transaction(async (manager) => {
      const document = await manager.findOne(DocumentEntity, {
        where: { id: assertId(id, 'Document') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!document) throw DomainException.notFound('Document');
      const changes: Record<string, unknown> = {};
      const set = <K extends keyof DocumentEntity>(key: K, value: DocumentEntity[K]) => {
        if (JSON.stringify(document[key]) !== JSON.stringify(value)) {
          document[key] = value;
          changes[key] = value;
        }
      };
      if (input.number !== undefined && document.type !== 'RESIDENT_ID_CARD')
        set('number', input.number?.trim() || null);
      if (input.issuedOn !== undefined) set('issuedOn', input.issuedOn ?? null);
      if (input.expiresOn !== undefined) set('expiresOn', input.expiresOn ?? null);
      if (input.sites !== undefined) set('sites', [...new Set(input.sites ?? [])]);
      if (input.fileId !== undefined) set('fileId', await this.validFile(manager, input.fileId));
      this.checkDates(document);
      if (Object.keys(changes).length) {
        await manager.save(document);
        await this.syncIdExpiry(manager, document);
        await this.audit.record({
          action: 'document.update',
          subjectType: 'Document',
          sellerEntityId: document.sellerEntityId,
          subjectId: document.id,
          changes,
        });
      }
      return document;
    });
  }

  /**
   * Documents of active entities, soonest expiry first (long-term last). `expiringWithinDays`
   * means expired, or expiring from today through today + N (as the filter's description says).
   * `asked`: the node fields the query asks for (requestedFields); their relations are preloaded.
   */
  async list(
    filter: DocumentFilter = {},
    page: PageArgs = {},
    asked: ReadonlySet<string> = new Set(),
  ): Promise<Page<DocumentEntity>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(page.after, 2);
    const { today, expiryWarningDays } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder(DocumentEntity, 'd')
        .innerJoin(
          'seller_entities',
          'e',
          'e.agency_id = d.agency_id AND e.id = d.seller_entity_id AND e.archived_at IS NULL',
        );
      if (filter.type) query.andWhere('d.type = :type', { type: filter.type });
      if (filter.sellerEntityId) {
        query.andWhere('d.seller_entity_id = :sellerEntityId', {
          sellerEntityId: assertId(filter.sellerEntityId, 'Seller entity'),
        });
      }
      if (filter.site)
        query.andWhere(`(d.sites = '{}' OR :site = ANY(d.sites))`, { site: filter.site });
      const warningEnd = addDaysToDate(today, expiryWarningDays);
      if (filter.status) {
        query.andWhere(documentStatusSql(filter.status, 'd', ':today', ':warningEnd'), {
          today,
          warningEnd,
        });
      }
      if (filter.expiringWithinDays !== undefined && filter.expiringWithinDays !== null) {
        query.andWhere('d.expires_on <= :withinEnd', {
          withinEnd: addDaysToDate(today, filter.expiringWithinDays),
        });
      }
      // One entity's documents are few: counted. Any other filter is a sum over the counters kept
      // per expiry date, type and site (document-counts.sql.ts), whatever the portfolio's size.
      // Sent together with the page (pipelined); counted from the query as it is before the cursor.
      const counted = filter.sellerEntityId
        ? query.clone().getCount()
        : queryCount(manager, documentCountSql(filter), {
            today,
            warningEnd,
            withinEnd: addDaysToDate(today, filter.expiringWithinDays ?? 0),
            type: filter.type,
            site: filter.site,
          });
      if (cursor) {
        const [expiresOn, id] = cursor;
        if (expiresOn === null)
          query.andWhere('(d.expires_on IS NULL AND d.id > :cursorId)', { cursorId: id });
        else {
          query.andWhere(
            '(d.expires_on > :cursorDate OR (d.expires_on = :cursorDate AND d.id > :cursorId) OR d.expires_on IS NULL)',
            { cursorDate: expiresOn, cursorId: id },
          );
        }
      }
      const [totalCount, rows] = await Promise.all([
        counted,
        plainMany(
          query
            .orderBy('d.expires_on', 'ASC', 'NULLS LAST')
            .addOrderBy('d.id', 'ASC')
            .limit(first + 1),
          DocumentEntity,
          'd',
        ),
      ]);
      // The page's entities and representatives if asked for, so its rows resolve without waiting.
      await Promise.all([
        asked.has('sellerEntity') &&
          this.sellerEntities.preload(rows.map((row) => row.sellerEntityId)),
        asked.has('representative') &&
          this.representatives.preload(rows.map((row) => row.representativeId)),
      ]);
      return toPage(
        rows,
        first,
        totalCount,
        (row) => [row.expiresOn, row.id],
        (row) => row,
      );
    });
  }

  load(id: string): Promise<DocumentEntity | null> {
    return this.loaders.load('document:byId', id, (ids) =>
      this.db.transaction(async (manager) =>
        byKey(
          ids,
          await plainRows(manager, DocumentEntity, 'd', 'WHERE d.id = ANY($1)', [[...ids]]),
          (row) => row.id,
        ),
      ),
    );
  }

  /** The entity's documents if this request has loaded them already (a page's preload). */
  loadedByEntity(sellerEntityId: string): DocumentEntity[] | undefined {
    return this.loaders.known('document:byEntity', sellerEntityId);
  }

  /** Every document of each entity, soonest expiry first. */
  loadByEntity(sellerEntityId: string): Promise<DocumentEntity[]> {
    return this.loaders.load('document:byEntity', sellerEntityId, (ids) =>
      this.documentsOfEntities(ids),
    );
  }

  /** The documents of each entity (of one type, if given), soonest expiry first, per entity. */
  private documentsOfEntities(
    sellerEntityIds: readonly string[],
    type?: DocumentEntity['type'],
  ): Promise<DocumentEntity[][]> {
    return this.db.transaction(async (manager) =>
      groupBy(
        sellerEntityIds,
        await plainRows(
          manager,
          DocumentEntity,
          'd',
          `WHERE d.seller_entity_id = ANY($1) ${type ? 'AND d.type = $2' : ''}
           ORDER BY d.expires_on NULLS LAST, d.created_at`,
          type ? [sellerEntityIds, type] : [sellerEntityIds],
        ),
        (row) => row.sellerEntityId,
      ),
    );
  }

  async loadByRepresentative(
    representativeId: string,
    sellerEntityId: string,
  ): Promise<DocumentEntity[]> {
    return (await this.loadByEntity(sellerEntityId)).filter(
      (document) => document.representativeId === representativeId,
    );
  }

  /** The entity's current business licence if this request has loaded it (null: it has none). */
  loadedBusinessLicense(sellerEntityId: string): DocumentEntity | null | undefined {
    const documents = this.loadedByEntity(sellerEntityId);
    if (documents) return businessLicenseAmong(documents);
    return this.loaders.known('document:licenceByEntity', sellerEntityId);
  }

  /** The entity's current business licence, among its documents (one batch with them). */
  async loadBusinessLicense(sellerEntityId: string): Promise<DocumentEntity | null> {
    return businessLicenseAmong(await this.loadByEntity(sellerEntityId));
  }

  /**
   * Loads a page's current business licences (see loadedBusinessLicense), reading the entities'
   * licences only, not every document of each.
   */
  async preloadBusinessLicenses(sellerEntityIds: readonly string[]): Promise<void> {
    await Promise.all(sellerEntityIds.map((id) => this.loadLicence(id)));
  }

  private loadLicence(sellerEntityId: string): Promise<DocumentEntity | null> {
    return this.loaders.load('document:licenceByEntity', sellerEntityId, async (ids) =>
      (await this.documentsOfEntities(ids, 'BUSINESS_LICENSE')).map(businessLicenseAmong),
    );
  }

  /** recordDocument's date rule, for whoever records on its behalf (a document request's submission). */
  checkDates(dates: Dates) {
    if (dates.issuedOn && dates.expiresOn && dates.expiresOn < dates.issuedOn) {
      throw DomainException.field('expiresOn', 'BEFORE_ISSUE', 'must not be before the issue date');
    }
  }

  /** A representative's ID expiry is that of their newest ID card, so the two never disagree. */
  private async syncIdExpiry(manager: EntityManager, document: DocumentEntity) {
    if (document.type !== 'RESIDENT_ID_CARD' || !document.representativeId) return;
    const newest = await manager.findOne(DocumentEntity, {
      where: { representativeId: document.representativeId, type: 'RESIDENT_ID_CARD' },
      order: { createdAt: 'DESC' },
    });
    if (newest?.id === document.id) {
      await manager.update(
        RepresentativeEntity,
        { id: document.representativeId },
        { idExpiresOn: document.expiresOn },
      );
    }
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
    if (representative.sellerEntityId !== sellerEntityId) {
      throw DomainException.field(
        'representativeId',
        'OTHER_ENTITY',
        'is a representative of another entity',
      );
    }
    return representative.id;
  }

  private async validFile(manager: EntityManager, id?: string | null): Promise<string | null> {
    if (!id) return null;
    const file = await manager.findOneBy(StoredFileEntity, { id: assertId(id, 'File') });
    if (!file) throw DomainException.notFound('File');
    if (!SCAN_CONTENT_TYPES.includes(file.contentType))
      throw DomainException.field(
        'fileId',
        'UNSUPPORTED_TYPE',
        'is a spreadsheet for import; attach a PDF, JPEG or PNG scan',
      );
    return file.id;
  }
}
