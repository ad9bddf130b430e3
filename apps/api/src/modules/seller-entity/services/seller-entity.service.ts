import { Injectable } from '@nestjs/common';
import { checkUscc, normalizeIdentifier } from '@veridesk/domain';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AgencyClock } from '../../../engine/clock/agency-clock.service';
import { byKey, RequestLoaders } from '../../../engine/dataloader/request-loaders.service';
import { isUniqueViolation } from '../../../engine/database/errors';
import { assertId } from '../../../engine/database/ids';
import { likePattern, plainRows, queryCount } from '../../../engine/database/sql';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { keysetPage, Page, PageArgs } from '../../../engine/graphql/pagination';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { MembershipEntity } from '../../member/membership.entity';
import { verificationStatusSql } from '../../verification-case/case-status.sql';
import {
  CreateSellerEntityInput,
  SellerEntityFilter,
  UpdateSellerEntityInput,
} from '../dtos/seller-entity.inputs';
import { entityCountSql } from '../entity-counts.sql';
import { SellerEntityEntity } from '../seller-entity.entity';

const IDENTIFIER_MESSAGES: Record<string, string> = {
  REQUIRED: 'is required',
  INVALID_FORMAT: 'must be 18 characters from 0-9 and A-Y without I, O, Z, S, V',
  INVALID_CHECKSUM: 'has a wrong check character (GB 32100-2015)',
};

// The text an entity search reads; IDX_seller_entities_search indexes exactly this expression.
const SEARCHED_TEXT = `(e.legal_name || ' ' || coalesce(e.english_name, '') || ' ' || e.uscc)`;

/** Trimmed, de-duplicated, empty entries dropped: what a business scope or category list holds. */
export function cleanList(values: string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) {
      seen.add(trimmed.toLowerCase());
      result.push(trimmed);
    }
  }
  return result;
}

/** Validates a USCC the way the API and the import both do; returns it upper-cased. */
export function validUscc(value: string, field = 'uscc'): string {
  const check = checkUscc(value);
  if (!check.ok)
    throw DomainException.field(field, check.problem, IDENTIFIER_MESSAGES[check.problem]);
  return check.value;
}

/** Extra conditions a list can be narrowed by, contributed by other modules (e.g. impact). */
export type EntityScope = (query: SelectQueryBuilder<SellerEntityEntity>) => void;

@Injectable()
export class SellerEntityService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly clock: AgencyClock,
    private readonly loaders: RequestLoaders,
  ) {}

  async create(input: CreateSellerEntityInput): Promise<SellerEntityEntity> {
    const uscc = validUscc(input.uscc);
    return this.db.transaction(async (manager) => {
      const managerId = await this.validManager(manager, input.managerId);
      const entity = manager.create(SellerEntityEntity, {
        agencyId: this.tenantContext.agencyId,
        legalName: input.legalName.trim(),
        englishName: input.englishName?.trim() || null,
        uscc,
        registeredRepresentativeName: input.registeredRepresentativeName.trim(),
        businessScope: cleanList(input.businessScope),
        violationsLast90Days: input.violationsLast90Days ?? 0,
        needsChineseSupport: input.needsChineseSupport ?? false,
        chineseSupportRequested: false,
        managerId,
      });
      await this.insertUnique(manager, entity);
      await this.audit.record({
        action: 'sellerEntity.create',
        subjectType: 'SellerEntity',
        sellerEntityId: entity.id,
        subjectId: entity.id,
        changes: { legalName: entity.legalName, uscc, managerId },
      });
      return entity;
    });
  }

  async update(id: string, input: UpdateSellerEntityInput): Promise<SellerEntityEntity> {
    return this.db.transaction(async (manager) => {
      const entity = await this.findForUpdate(manager, id);
      const changes: Record<string, unknown> = {};
      const set = <K extends keyof SellerEntityEntity>(key: K, value: SellerEntityEntity[K]) => {
        if (JSON.stringify(entity[key]) !== JSON.stringify(value)) {
          entity[key] = value;
          changes[key] = value;
        }
      };
      if (input.legalName !== undefined) set('legalName', input.legalName.trim());
      if (input.englishName !== undefined) set('englishName', input.englishName?.trim() || null);
      if (input.registeredRepresentativeName !== undefined) {
        set('registeredRepresentativeName', input.registeredRepresentativeName.trim());
      }
      if (input.businessScope !== undefined) set('businessScope', cleanList(input.businessScope));
      if (input.violationsLast90Days !== undefined && input.violationsLast90Days !== null) {
        set('violationsLast90Days', input.violationsLast90Days);
      }
      if (input.needsChineseSupport !== undefined && input.needsChineseSupport !== null) {
        set('needsChineseSupport', input.needsChineseSupport);
      }
      if (input.chineseSupportRequested !== undefined && input.chineseSupportRequested !== null) {
        set('chineseSupportRequested', input.chineseSupportRequested);
      }
      if (input.managerId !== undefined)
        set('managerId', await this.validManager(manager, input.managerId));
      if (Object.keys(changes).length) {
        await manager.save(entity);
        await this.audit.record({
          action: 'sellerEntity.update',
          subjectType: 'SellerEntity',
          sellerEntityId: entity.id,
          subjectId: entity.id,
          changes,
        });
      }
      return entity;
    });
  }

  /** Hides the entity from lists and summaries; nothing is deleted. Archiving twice is harmless. */
  async archive(id: string): Promise<SellerEntityEntity> {
    return this.db.transaction(async (manager) => {
      const entity = await this.findForUpdate(manager, id);
      if (!entity.archivedAt) {
        entity.archivedAt = (await this.clock.current()).now;
        await manager.update(
          SellerEntityEntity,
          { id: entity.id },
          { archivedAt: entity.archivedAt },
        );
        await this.audit.record({
          action: 'sellerEntity.archive',
          subjectType: 'SellerEntity',
          sellerEntityId: entity.id,
          subjectId: entity.id,
        });
      }
      return entity;
    });
  }

  async get(id: string): Promise<SellerEntityEntity> {
    const entity = await this.load(assertId(id, 'Seller entity'));
    if (!entity) throw DomainException.notFound('Seller entity');
    return entity;
  }

  /** The entity if this request has loaded it already (preload): its fields answer at once. */
  loaded(id: string): SellerEntityEntity | undefined {
    return this.loaders.known('sellerEntity:byId', id);
  }

  /** Loads a page's entities in one batch before its rows are resolved (see loaded). */
  async preload(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.load(id)));
  }

  /** Batched by id within the request. */
  load(id: string): Promise<SellerEntityEntity | null> {
    return this.loaders.load('sellerEntity:byId', id, (ids) =>
      this.db.transaction(async (manager) =>
        byKey(
          ids,
          await plainRows(manager, SellerEntityEntity, 'e', 'WHERE e.id = ANY($1)', [ids]),
          (row) => row.id,
        ),
      ),
    );
  }

  /** The account manager if this request has loaded it already (preloadManagers). */
  loadedManager(membershipId: string): MembershipEntity | undefined {
    return this.loaders.known('member:byId', membershipId);
  }

  /** Loads a page's account managers in one batch before its rows are resolved. */
  async preloadManagers(membershipIds: ReadonlyArray<string | null>): Promise<void> {
    await Promise.all(membershipIds.flatMap((id) => (id ? [this.loadManager(id)] : [])));
  }

  /** An entity's account manager (the membership with its user), batched by id within the request. */
  loadManager(membershipId: string): Promise<MembershipEntity | null> {
    return this.loaders.load('member:byId', membershipId, (ids: readonly string[]) =>
      this.db.transaction(async (manager) =>
        byKey(
          ids,
          await manager.find(MembershipEntity, {
            where: { id: In([...ids]) },
            relations: { user: true },
          }),
          (row) => row.id,
        ),
      ),
    );
  }

  /** Locks the row for a write; NOT_FOUND for an id of another agency or none at all. */
  async findForUpdate(manager: EntityManager, id: string): Promise<SellerEntityEntity> {
    const entity = await manager.findOne(SellerEntityEntity, {
      where: { id: assertId(id, 'Seller entity') },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw DomainException.notFound('Seller entity');
    return entity;
  }

  async list(
    filter: SellerEntityFilter = {},
    page: PageArgs = {},
    scopes: EntityScope[] = [],
  ): Promise<Page<SellerEntityEntity>> {
    const { now } = await this.clock.current();
    return this.db.transaction(async (manager) => {
      const query = manager.createQueryBuilder(SellerEntityEntity, 'e');
      if (!filter.includeArchived) query.andWhere('e.archived_at IS NULL');
      const search = filter.search?.trim();
      if (search) {
        // Names match as typed; a USCC also as pasted (spaced, full-width, lower case). Both sides
        // of the OR read the same expression, so the trigram index serves either.
        const identifier = normalizeIdentifier(search);
        query.andWhere(
          identifier && identifier !== search
            ? `(${SEARCHED_TEXT} ILIKE :search OR ${SEARCHED_TEXT} ILIKE :identifier)`
            : `${SEARCHED_TEXT} ILIKE :search`,
          { search: likePattern(search), identifier: likePattern(identifier) },
        );
      }
      if (filter.site) {
        query.andWhere(
          'EXISTS (SELECT 1 FROM stores s WHERE s.agency_id = e.agency_id AND s.seller_entity_id = e.id AND s.site = :site)',
          {
            site: filter.site,
          },
        );
      }
      if (filter.managerId)
        query.andWhere('e.manager_id = :managerId', {
          managerId: assertId(filter.managerId, 'Member'),
        });
      if (filter.verificationStatus) {
        query
          .leftJoin(
            (sub) =>
              sub
                .select('DISTINCT ON (vc.seller_entity_id) vc.*')
                .from('verification_cases', 'vc')
                .orderBy('vc.seller_entity_id')
                .addOrderBy('vc.created_at', 'DESC'),
            'c',
            'c.seller_entity_id = e.id',
          )
          .andWhere(`(${verificationStatusSql('c', ':now')}) = :verificationStatus`, {
            now,
            verificationStatus: filter.verificationStatus,
          });
      }
      for (const scope of scopes) scope(query);
      // The portfolio, or one manager's, is counted by entity_counts (kept on write); a search or
      // a filter it does not cover counts the matches.
      const counted = !search && !filter.site && !filter.verificationStatus && !scopes.length;
      return keysetPage(
        query,
        page,
        {
          column: 'e.created_at',
          idColumn: 'e.id',
          direction: 'DESC',
          valueOf: (row) => row.createdAt,
        },
        counted
          ? () =>
              queryCount(manager, entityCountSql(filter), {
                managerId: filter.managerId && assertId(filter.managerId, 'Member'),
              })
          : undefined,
      );
    });
  }

  private async validManager(
    manager: EntityManager,
    managerId: string | null | undefined,
  ): Promise<string | null> {
    if (!managerId) return null;
    const member = await manager.findOneBy(MembershipEntity, { id: assertId(managerId, 'Member') });
    if (!member) throw DomainException.notFound('Member');
    return member.id;
  }

  private async insertUnique(manager: EntityManager, entity: SellerEntityEntity): Promise<void> {
    try {
      await manager.save(entity);
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_seller_entities_agency_uscc')) {
        throw DomainException.conflict('An entity with this USCC already exists.', [
          { field: 'uscc', code: 'TAKEN', message: 'is already registered in this agency' },
        ]);
      }
      throw error;
    }
  }
}
