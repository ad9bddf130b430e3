import { Injectable, OnModuleInit } from '@nestjs/common';
import { addDaysToDate, Site, SITES } from '@veridesk/domain';
import { AgencyClock, AgencyTime } from '../../../engine/clock/agency-clock.service';
import { assertId } from '../../../engine/database/ids';
import { plainRows } from '../../../engine/database/sql';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { ImpactCode } from '../../../engine/graphql/enums';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  Page,
  PageArgs,
  toPage,
} from '../../../engine/graphql/pagination';
import { EntityScopeRegistry } from '../../seller-entity/services/entity-scope.registry';
import { SellerEntityService } from '../../seller-entity/services/seller-entity.service';
import { StoreEntity } from '../../store/store.entity';
import { ImpactFilter } from '../dtos/impact-filter.input';
import type {
  AffectedStoreObject,
  ImpactReasonObject,
  PortfolioSummaryObject,
} from '../impact.object';
import {
  AFFECTED_IMPACT,
  affectedCountSql,
  bind,
  affectedPageSql,
  ImpactParameters,
  impactReasonsSql,
  SITE_COUNTS_SQL,
} from './impact.sql';
import { documentCountSql } from '../../document/document-counts.sql';
import { entityCountSql } from '../../seller-entity/entity-counts.sql';
import { caseCountSql } from '../../verification-case/case-counts.sql';

type ReasonRow = {
  store_id: string;
  code: ImpactCode;
  due_on: string | null;
  tier: number;
  document_id: string | null;
  representative_id: string | null;
  case_id: string | null;
};

const MESSAGES: Record<ImpactCode, (row: ReasonRow) => string> = {
  OPEN_VERIFICATION_CASE: (row) => `Video verification due by ${row.due_on}.`,
  VERIFICATION_OVERDUE: (row) => `Video verification overdue since ${row.due_on}.`,
  STORE_RESTRICTED: (row) =>
    row.due_on ? `Restricted; frozen until ${row.due_on}.` : 'Restricted by Lazada.',
  LICENSE_EXPIRED: (row) => `Business licence expired on ${row.due_on}.`,
  LICENSE_EXPIRING: (row) => `Business licence expires on ${row.due_on}.`,
  ID_EXPIRED: (row) => `Representative's ID card expired on ${row.due_on}.`,
  ID_EXPIRING: (row) => `Representative's ID card expires on ${row.due_on}.`,
  DOCUMENT_EXPIRED: (row) => `A document expired on ${row.due_on}.`,
  DOCUMENT_EXPIRING: (row) => `A document expires on ${row.due_on}.`,
};

/**
 * Which stores are affected, and why, most urgent first (overdue and restricted, then the earliest
 * due date). Ranks and counts come from store_impacts (kept by the database on every write); the
 * reasons of one page's stores from the source tables.
 */
@Injectable()
export class ImpactService implements OnModuleInit {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: AgencyClock,
    private readonly entityScopes: EntityScopeRegistry,
    private readonly sellerEntities: SellerEntityService,
  ) {}

  onModuleInit() {
    // sellerEntities(filter: { affectedWithinDays }) narrows to entities with an affected store.
    this.entityScopes.register(async (filter) => {
      if (filter.affectedWithinDays === undefined || filter.affectedWithinDays === null)
        return null;
      const parameters = this.parameters(await this.clock.current(), filter.affectedWithinDays);
      return (query) =>
        query
          .andWhere(
            `e.id IN (SELECT si.seller_entity_id FROM store_impacts si WHERE ${AFFECTED_IMPACT})`,
          )
          .setParameters(parameters);
    });
  }

  /** `asked`: the fields the query asks for of each node's store (requestedFields). */
  async affectedStores(
    filter: ImpactFilter = {},
    page: PageArgs = {},
    asked: ReadonlySet<string> = new Set(),
  ): Promise<Page<AffectedStoreObject>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(page.after, 3);
    const time = await this.clock.current();
    const parameters = this.parameters(time, filter.withinDays ?? time.expiryWarningDays, filter);
    return this.db.transaction(async (manager) => {
      // Two round trips: the count and the page's stores, then their reasons and (if asked for)
      // their entities, each pair sent together (pipelined).
      const [countSql, countValues] = bind(affectedCountSql(parameters), parameters);
      const counted: Promise<Array<{ n: number }>> = manager.query(countSql, countValues);
      const [pageSql, pageValues] = bind(
        affectedPageSql(parameters, cursor ? Number(cursor[0]) : null),
        {
          ...parameters,
          cursorTier: cursor?.[0],
          cursorDue: cursor?.[1],
          cursorStore: cursor?.[2],
          limit: first + 1,
        },
      );
      const [[{ n: totalCount }], rows] = await Promise.all([
        counted,
        plainRows<StoreEntity & { pageTier: number; pageDueOn: string }>(
          manager,
          StoreEntity,
          's',
          `JOIN (${pageSql}) page ON page.store_id = s.id
           ORDER BY page.tier, page.due_on, page.store_id`,
          pageValues,
          'page.tier AS "pageTier", page.due_on AS "pageDueOn"',
        ),
      ]);
      const stores = rows.slice(0, first);
      const pageParameters = { ...parameters, storeIds: stores.map((store) => store.id) };
      const [reasonSql, reasonValues] = bind(
        `SELECT store_id, code, due_on::text AS due_on, tier, document_id, representative_id, case_id
         FROM (${impactReasonsSql(pageParameters)}) reasons
         ORDER BY tier, due_on NULLS LAST, code`,
        pageParameters,
      );
      const [reasonRows]: [ReasonRow[], void] = stores.length
        ? await Promise.all([
            manager.query(reasonSql, reasonValues),
            // The stores' entities if asked for, so the page's rows resolve without waiting.
            asked.has('sellerEntity')
              ? this.sellerEntities.preload(stores.map((store) => store.sellerEntityId))
              : undefined,
          ])
        : [[], undefined];
      const reasonsByStore = new Map<string, ReasonRow[]>();
      for (const reason of reasonRows) {
        const own = reasonsByStore.get(reason.store_id);
        if (own) own.push(reason);
        else reasonsByStore.set(reason.store_id, [reason]);
      }
      return toPage(
        rows,
        first,
        totalCount,
        (row) => [row.pageTier, row.pageDueOn, row.id],
        // The store keeps its rank on the page, which no field of it shows.
        (store) => ({
          store,
          reasons: (reasonsByStore.get(store.id) ?? []).map((reason) => this.toReason(reason)),
        }),
      );
    });
  }

  async summary(withinDays?: number | null): Promise<PortfolioSummaryObject> {
    if (withinDays !== undefined && withinDays !== null && (withinDays < 0 || withinDays > 3650)) {
      throw DomainException.field('withinDays', 'OUT_OF_RANGE', 'must be between 0 and 3650');
    }
    const time = await this.clock.current();
    const parameters = this.parameters(time, withinDays ?? time.expiryWarningDays);
    return this.db.transaction(async (manager) => {
      // Every count is a sum over the counters the database keeps on write (migration
      // PortfolioCounts): per site, per manager, per expiry date and per deadline hour, whatever
      // the size of the portfolio.
      const [sql, values] = bind(
        `WITH site_counts AS (${SITE_COUNTS_SQL})
         SELECT
           (${entityCountSql({})}) AS seller_entities,
           (SELECT coalesce(sum(stores), 0) FROM site_counts)::int AS stores,
           (${caseCountSql({ open: true })}) AS open_cases,
           (${caseCountSql({ status: 'OVERDUE' })}) AS overdue_cases,
           (${documentCountSql({ status: 'EXPIRING_SOON' })}) AS expiring_documents,
           (${documentCountSql({ status: 'EXPIRED' })}) AS expired_documents,
           (SELECT coalesce(json_agg(site_counts), '[]') FROM site_counts) AS by_site`,
        // Expiring: from today through the horizon asked for (the agency's window by default).
        { ...parameters, warningEnd: parameters.horizon },
      );
      const [row] = await manager.query(sql, values);
      const bySite = new Map<string, { stores: number; affected: number; restricted: number }>(
        (
          row.by_site as Array<{
            site: string;
            stores: number;
            affected: number;
            restricted: number;
          }>
        ).map((count) => [count.site, count]),
      );
      return {
        sellerEntities: row.seller_entities,
        stores: row.stores,
        openCases: row.open_cases,
        overdueCases: row.overdue_cases,
        expiringDocuments: row.expiring_documents,
        expiredDocuments: row.expired_documents,
        bySite: SITES.map((site: Site) => ({
          site,
          stores: 0,
          affected: 0,
          restricted: 0,
          ...bySite.get(site),
        })),
      };
    });
  }

  private parameters(
    time: AgencyTime,
    withinDays: number,
    filter: ImpactFilter = {},
  ): ImpactParameters {
    return {
      now: time.now,
      today: time.today,
      horizon: addDaysToDate(time.today, withinDays),
      timeZone: time.timeZone,
      ...(filter.site ? { site: filter.site } : {}),
      ...(filter.sellerEntityId
        ? { sellerEntityId: assertId(filter.sellerEntityId, 'Seller entity') }
        : {}),
    };
  }

  private toReason(row: ReasonRow): ImpactReasonObject {
    return {
      code: row.code,
      message: MESSAGES[row.code](row),
      dueOn: row.due_on,
      documentId: row.document_id,
      representativeId: row.representative_id,
      caseId: row.case_id,
    };
  }
}
