import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContextStore, TransactionHandle } from '../tenancy/request-context';
import { TenantContext } from '../tenancy/tenant-context.service';
import { APP_ROLE, SYSTEM_ROLE } from './database-roles';

/**
 * Every query against tenant data runs here: in a transaction that drops to the non-owner app role
 * and names the agency, so PostgreSQL's row-level security — not our WHERE clauses — keeps agencies
 * apart, even when DATABASE_URL names a superuser.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService<RequestContextStore>,
    private readonly tenantContext: TenantContext,
  ) {}

  /** Runs work in the current agency's transaction, joining one already open in this context. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.cls.isActive() ? this.cls.get('entityManager') : undefined;
    if (open) return work(open.manager());
    const agencyId = this.tenantContext.agencyId;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('role', $1, true), set_config('app.agency_id', $2, true)`,
        [APP_ROLE, agencyId],
      );
      // A child context: only work called from here joins this transaction, not sibling resolvers.
      return this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set('entityManager', new TransactionHandle(manager));
        return work(manager);
      });
    });
  }

  /**
   * Runs one step of an open tenant transaction as the system role (creating a login, which
   * belongs to no agency yet), then returns to the app role.
   */
  async asSystem<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    await manager.query(`SELECT set_config('role', $1, true)`, [SYSTEM_ROLE]);
    // On failure PostgreSQL aborts the whole transaction, so there is no role to restore.
    const result = await work();
    await manager.query(`SELECT set_config('role', $1, true)`, [APP_ROLE]);
    return result;
  }

  /**
   * Cross-agency reads that must happen before an agency is known: finding a user's memberships at
   * sign-in, an API key by its prefix, an invitation by its token, the digest tick's recipients.
   * The system role may only SELECT, and only from those few tables.
   */
  async system<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('role', $1, true)`, [SYSTEM_ROLE]);
      return work(manager);
    });
  }
}
