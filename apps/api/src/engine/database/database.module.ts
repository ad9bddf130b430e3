import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { TenantContext } from '../tenancy/tenant-context.service';
import { dataSourceOptions } from './data-source-options';
import { TenantDatabase } from './tenant-database.service';

/**
 * The connection pool and the tenant transaction. The entities come from the application
 * (apps/api/src/database/entities.ts): the engine knows no business module.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: NonNullable<DataSourceOptions['entities']>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(
              config.DATABASE_URL,
              entities,
              config.DATABASE_POOL_SIZE,
              config.DATABASE_STATEMENT_TIMEOUT_MS,
            ),
            // Keep retrying quietly at boot only briefly; the health check reports the rest.
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [TenantContext, TenantDatabase],
      exports: [TenantContext, TenantDatabase],
    };
  }
}
