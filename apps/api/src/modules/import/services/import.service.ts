import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { insertAll, updateAllById } from '../../../engine/database/sql';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { DocumentEntity } from '../../document/document.entity';
import { SellerEntityEntity } from '../../seller-entity/seller-entity.entity';
import { StoreEntity } from '../../store/store.entity';
import type { ImportReportObject } from '../import-report.object';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { CSV, XLSX } from '../../file/services/content-type';
import { FileService } from '../../file/services/file.service';
import {
  ImportRow,
  ImportRowError,
  parseGrid,
  parseImport,
  unreadable,
  withValues,
} from './import-rows';
import { csvGridOfBytes, SheetRow, UnreadableSheet, xlsxGrid } from './sheet-grid';

const NOTHING = { created: 0, updated: 0, unchanged: 0 };

/** Thrown inside the transaction to undo a dry run or a run with errors. */
class Rollback extends Error {
  constructor(readonly report: ImportReportObject) {
    super('rollback');
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Upserts entities by USCC, stores by (site, Lazada seller id) and each entity's licence expiry,
 * all in one transaction: any bad row and nothing is written. Set-based, so 10,000 rows take a
 * handful of queries, not tens of thousands.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
    private readonly files: FileService,
  ) {}

  /** Portfolio CSV given as text (importPortfolio). */
  import(csv: string, dryRun: boolean): Promise<ImportReportObject> {
    return this.importParsed(parseImport(csv), dryRun);
  }

  /**
   * A spreadsheet uploaded with POST /files (importPortfolioFile): .xlsx (first sheet) or CSV in
   * UTF-8, GBK or GB18030, read into the same rows and imported the same way as importPortfolio.
   */
  async importFile(fileId: string, dryRun: boolean): Promise<ImportReportObject> {
    const { file, data } = await this.files.download(fileId);
    let grid: SheetRow[];
    try {
      if (file.contentType === XLSX.contentType) grid = await xlsxGrid(data);
      else if (file.contentType === CSV.contentType) grid = csvGridOfBytes(data);
      else
        throw DomainException.field(
          'fileId',
          'UNSUPPORTED_TYPE',
          `is a ${file.contentType} file: import an .xlsx workbook or a .csv file (UTF-8, GBK or GB18030) uploaded with POST /files`,
        );
    } catch (error) {
      if (error instanceof UnreadableSheet) return { dryRun, ...NOTHING, ...unreadable(error) };
      throw error;
    }
    return this.importParsed(parseGrid(grid), dryRun, { fileId: file.id });
  }

  private async importParsed(
    parsed: { rows: ImportRow[]; errors: ImportRowError[] },
    dryRun: boolean,
    source: { fileId?: string } = {},
  ): Promise<ImportReportObject> {
    // Rows that fail on their own are reported without touching the database.
    if (parsed.errors.length)
      return { dryRun, created: 0, updated: 0, unchanged: 0, errors: parsed.errors };
    const { now } = await this.clock.current();
    try {
      return await this.db.transaction(async (manager) => {
        const errors: ImportRowError[] = [];
        const counts = await this.apply(manager, parsed.rows, errors, now);
        const report = {
          dryRun,
          ...counts,
          errors: withValues(errors, parsed.rows).sort((a, b) => a.row - b.row),
        };
        if (dryRun || errors.length) throw new Rollback(report);
        await this.audit.record({
          action: 'portfolio.import',
          subjectType: 'Agency',
          subjectId: this.tenantContext.agencyId,
          changes: {
            ...source,
            rows: parsed.rows.length,
            created: counts.created,
            updated: counts.updated,
            unchanged: counts.unchanged,
          },
        });
        return report;
      });
    } catch (error) {
      if (error instanceof Rollback) return error.report;
      throw error;
    }
  }

  private async apply(
    manager: EntityManager,
    rows: ImportRow[],
    errors: ImportRowError[],
    now: Date,
  ) {
    const agencyId = this.tenantContext.agencyId;
    // PostgreSQL checks each inserted store and licence against seller_entities, one row at a time,
    // with a plan it keeps for the connection's life, made when the connection first checked a few
    // rows: after small imports analysed while the tables held a page, a scan of the whole table per
    // row (a 4,000-row dry run read 6.1 million table rows, not 7,000, and took twice as long).
    // Dropping the connection's plans here makes each be planned again on first use below, when the
    // rows it checks against are written. Cheap: a handful of statements planned once more.
    await manager.query('DISCARD PLANS');
    const usccs = [...new Set(rows.map((row) => row.uscc))];
    const entities = new Map(
      (usccs.length ? await manager.findBy(SellerEntityEntity, { uscc: In(usccs) }) : []).map(
        (entity) => [entity.uscc, entity],
      ),
    );
    const stores = new Map(
      (rows.length
        ? await manager
            .createQueryBuilder(StoreEntity, 's')
            .where(
              '(s.site, s.lazada_seller_id) IN (SELECT * FROM unnest(:sites::text[], :sellerIds::text[]))',
              {
                sites: rows.map((row) => row.site),
                sellerIds: rows.map((row) => row.lazadaSellerId),
              },
            )
            .getMany()
        : []
      ).map((store) => [`${store.site}:${store.lazadaSellerId}`, store]),
    );
    const existingIds = [...entities.values()].map((entity) => entity.id);
    const licences = new Map<string, DocumentEntity>();
    if (existingIds.length) {
      const rowsByAge = await manager
        .createQueryBuilder(DocumentEntity, 'd')
        .where("d.type = 'BUSINESS_LICENSE' AND d.seller_entity_id IN (:...ids)", {
          ids: existingIds,
        })
        .orderBy('d.created_at', 'ASC')
        .getMany();
      for (const licence of rowsByAge) licences.set(licence.sellerEntityId, licence); // newest wins
    }

    const touched = new Map<number, 'created' | 'updated'>();
    const mark = (row: number, change: 'created' | 'updated') => {
      if (touched.get(row) !== 'created') touched.set(row, change);
    };

    // Entities: the first row of each USCC carries its fields. Changes are written together below,
    // one statement per table, so a file that changes every row costs no more statements than one
    // that creates every row.
    const newEntities = new Set<SellerEntityEntity>();
    const changedEntities: Array<{ id: string } & Record<string, unknown>> = [];
    for (const row of rows) {
      const entity = entities.get(row.uscc);
      if (!entity) {
        const created = manager.create(SellerEntityEntity, {
          id: randomUUID(),
          agencyId,
          uscc: row.uscc,
          legalName: row.legalName,
          englishName: null,
          registeredRepresentativeName: row.registeredRepresentativeName,
          businessScope: row.businessScope,
          violationsLast90Days: 0,
          needsChineseSupport: false,
          chineseSupportRequested: false,
          managerId: null,
        });
        entities.set(row.uscc, created);
        newEntities.add(created);
        mark(row.row, 'created');
      } else if (!newEntities.has(entity) && !entity.archivedAt) {
        const changed =
          entity.legalName !== row.legalName ||
          entity.registeredRepresentativeName !== row.registeredRepresentativeName ||
          !same(entity.businessScope, row.businessScope);
        if (changed) {
          entity.legalName = row.legalName;
          entity.registeredRepresentativeName = row.registeredRepresentativeName;
          entity.businessScope = row.businessScope;
          changedEntities.push({
            id: entity.id,
            legal_name: row.legalName,
            registered_representative_name: row.registeredRepresentativeName,
            business_scope: row.businessScope,
            updated_at: now,
          });
          mark(row.row, 'updated');
        }
      } else if (entity.archivedAt) {
        errors.push({
          row: row.row,
          field: 'uscc',
          code: 'ARCHIVED',
          message: 'belongs to an archived entity',
        });
      }
    }
    await insertAll(
      manager,
      'seller_entities',
      {
        id: 'uuid',
        agency_id: 'uuid',
        uscc: 'text',
        legal_name: 'text',
        registered_representative_name: 'text',
        business_scope: 'text[]',
      },
      [...newEntities].map((entity) => ({
        id: entity.id,
        agency_id: entity.agencyId,
        uscc: entity.uscc,
        legal_name: entity.legalName,
        registered_representative_name: entity.registeredRepresentativeName,
        business_scope: entity.businessScope,
      })),
    );
    await updateAllById(
      manager,
      'seller_entities',
      {
        legal_name: 'text',
        registered_representative_name: 'text',
        business_scope: 'text[]',
        updated_at: 'timestamptz',
      },
      changedEntities,
    );

    // Licences: one per entity, expiry from the CSV (empty or 长期 = long-term).
    const newLicences = new Set<DocumentEntity>();
    const changedLicences: Array<{ id: string } & Record<string, unknown>> = [];
    for (const row of rows) {
      const entity = entities.get(row.uscc) as SellerEntityEntity;
      const licence = licences.get(entity.id);
      if (!licence) {
        const created = manager.create(DocumentEntity, {
          id: randomUUID(),
          agencyId,
          sellerEntityId: entity.id,
          representativeId: null,
          type: 'BUSINESS_LICENSE',
          number: null,
          issuedOn: null,
          expiresOn: row.licenseExpiresOn,
          sites: [],
          fileId: null,
        });
        licences.set(entity.id, created);
        newLicences.add(created);
        mark(row.row, 'created');
      } else if (!newLicences.has(licence) && licence.expiresOn !== row.licenseExpiresOn) {
        licence.expiresOn = row.licenseExpiresOn;
        changedLicences.push({ id: licence.id, expires_on: row.licenseExpiresOn, updated_at: now });
        mark(row.row, 'updated');
      }
    }
    await insertAll(
      manager,
      'documents',
      { id: 'uuid', agency_id: 'uuid', seller_entity_id: 'uuid', type: 'text', expires_on: 'date' },
      [...newLicences].map((licence) => ({
        id: licence.id,
        agency_id: licence.agencyId,
        seller_entity_id: licence.sellerEntityId,
        type: licence.type,
        expires_on: licence.expiresOn,
      })),
    );
    await updateAllById(
      manager,
      'documents',
      { expires_on: 'date', updated_at: 'timestamptz' },
      changedLicences,
    );

    // Stores.
    const newStores: StoreEntity[] = [];
    const changedStores: Array<{ id: string } & Record<string, unknown>> = [];
    for (const row of rows) {
      const entity = entities.get(row.uscc) as SellerEntityEntity;
      const store = stores.get(`${row.site}:${row.lazadaSellerId}`);
      if (!store) {
        newStores.push(
          manager.create(StoreEntity, {
            id: randomUUID(),
            agencyId,
            sellerEntityId: entity.id,
            site: row.site,
            shopName: row.shopName,
            lazadaSellerId: row.lazadaSellerId,
            categories: row.categories,
            status: 'ACTIVE',
            restrictedModules: [],
            freezeUntil: null,
            statusChangedAt: now,
          }),
        );
        mark(row.row, 'created');
      } else if (store.sellerEntityId !== entity.id) {
        errors.push({
          row: row.row,
          field: 'lazada_seller_id',
          code: 'OTHER_ENTITY',
          message: `this ${row.site} store belongs to another entity`,
        });
      } else if (store.shopName !== row.shopName || !same(store.categories, row.categories)) {
        changedStores.push({ id: store.id, shop_name: row.shopName, categories: row.categories });
        mark(row.row, 'updated');
      }
    }
    await insertAll(
      manager,
      'stores',
      {
        id: 'uuid',
        agency_id: 'uuid',
        seller_entity_id: 'uuid',
        site: 'text',
        shop_name: 'text',
        lazada_seller_id: 'text',
        categories: 'text[]',
        status: 'text',
        status_changed_at: 'timestamptz',
      },
      newStores.map((store) => ({
        id: store.id,
        agency_id: store.agencyId,
        seller_entity_id: store.sellerEntityId,
        site: store.site,
        shop_name: store.shopName,
        lazada_seller_id: store.lazadaSellerId,
        categories: store.categories,
        status: store.status,
        status_changed_at: store.statusChangedAt,
      })),
    );
    await updateAllById(
      manager,
      'stores',
      { shop_name: 'text', categories: 'text[]' },
      changedStores,
    );

    const created = [...touched.values()].filter((change) => change === 'created').length;
    const updated = [...touched.values()].filter((change) => change === 'updated').length;
    return { created, updated, unchanged: rows.length - created - updated };
  }
}
