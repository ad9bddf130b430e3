import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../database/migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // While PostgreSQL is unreachable a request fails within this bound (SERVICE_UNAVAILABLE)
    // instead of waiting on the pool; the pool reconnects by itself once the server is back.
    connectTimeoutMS: 5000,
    // TCP keepalive notices a server that vanished without closing the connection.
    extra: { max: poolSize, application_name: 'veridesk', keepAlive: true },
  };
}
