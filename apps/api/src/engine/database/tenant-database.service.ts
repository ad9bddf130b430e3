import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContextStore, TransactionHandle } from '../tenancy/request-context';
import { TenantContext } from '../tenancy/tenant-context.service';
import { APP_ROLE, enterAgencySql, SYSTEM_ROLE } from './database-roles';
import { RequestTransaction } from './request-transaction';

/**
 * Every query against tenant data runs here: in a transaction that drops to the non-owner app role
 * and names the agency, so PostgreSQL's row-level security — not our WHERE clauses — keeps agencies
 * apart, even when DATABASE_URL names a superuser.
 */
@Injectable()
export class TenantDatabase implements OnApplicationShutdown {
  private systemSource: Promise<DataSource> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService<RequestContextStore>,
    private readonly tenantContext: TenantContext,
  ) {}

  /**
   * Runs work in the current agency's transaction, joining one already open in this context, or
   * the request's read transaction during a GraphQL query.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.cls.isActive() ? this.cls.get('entityManager') : undefined;
    if (open) return work(open.manager());
    const shared = this.cls.isActive() ? this.cls.get('requestTransaction') : undefined;
    if (shared) return work(await shared.manager());
    const agencyId = this.tenantContext.agencyId;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(enterAgencySql(agencyId));
      // A child context: only work called from here joins this transaction, not sibling resolvers.
      return this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set('entityManager', new TransactionHandle(manager));
        return work(manager);
      });
    });
  }

  /**
   * Makes every read of the current request (a GraphQL query, by ReadTransactionPlugin) share one
   * read-only transaction of the current agency; the caller ends it with `close()`.
   */
  shareReadTransaction(): RequestTransaction {
    const shared = new RequestTransaction(this.dataSource, this.tenantContext.agencyId);
    this.cls.set('requestTransaction', shared);
    return shared;
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
   * sign-in, the caller's membership behind an access token, an API key by its prefix, an
   * invitation by its token, the digest tick's recipients. The system role may only SELECT, and
   * only from those few tables.
   */
  async system<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work((await this.systemDataSource()).manager);
  }

  async onApplicationShutdown(): Promise<void> {
    const source = await this.systemSource?.catch(() => null);
    if (source?.isInitialized) await source.destroy();
  }

  /**
   * The system role's own small pool, whose connections are in that role from the start: a lookup
   * is one statement (no transaction to set a role in), and a query holding its request
   * transaction's connection never waits for one behind requests holding the main pool's. Opened
   * on first use — after the migrations have created the role.
   */
  private systemDataSource(): Promise<DataSource> {
    this.systemSource ??= (async () => {
      const options = this.dataSource.options;
      const extra = options.extra as { max: number } & Record<string, unknown>;
      const source = new DataSource({
        ...options,
        extra: {
          ...extra,
          max: Math.max(2, Math.ceil(extra.max / 4)),
          application_name: 'veridesk-system',
          options: `-c role=${SYSTEM_ROLE}`,
        },
      });
      return source.initialize();
    })().catch((error: unknown) => {
      // Not remembered: the next lookup tries again (the database may be back).
      this.systemSource = null;
      throw error;
    });
    return this.systemSource;
  }
}
