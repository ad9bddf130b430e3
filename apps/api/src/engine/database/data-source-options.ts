import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../database/migrations';
import { PreparingClient } from './prepared-statements';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * `entities` is the application's list (apps/api/src/database/entities.ts): the engine knows no
 * business module, so whoever builds the data source passes it in.
 * `statementTimeoutMs` bounds every statement on these connections (PostgreSQL's statement_timeout,
 * set when each connection opens); unset, statements have no limit (the migration CLI, tests'
 * setup).
 */
export function dataSourceOptions(
  databaseUrl: string,
  entities: NonNullable<DataSourceOptions['entities']>,
  poolSize = 10,
  statementTimeoutMs?: number,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // The longest a request waits for a pooled connection (pg counts the wait for a free one and
    // the connect itself together): past it, SERVICE_UNAVAILABLE. Generous, because under a burst
    // every connection is busy for a while; a server that is down refuses at once anyway, and the
    // pool reconnects by itself once it is back.
    connectTimeoutMS: 15_000,
    // TCP keepalive notices a server that vanished without closing the connection. Each connection
    // prepares the statements it runs (prepared-statements.ts) and pipelines: a query sent while
    // another runs goes out at once, and PostgreSQL answers them in order (request-transaction.ts).
    extra: {
      Client: PreparingClient,
      pipeline: true,
      max: poolSize,
      application_name: 'veridesk',
      keepAlive: true,
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
  };
}
