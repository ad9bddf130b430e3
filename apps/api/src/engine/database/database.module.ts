import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { TenantContext } from '../tenancy/tenant-context.service';
import { dataSourceOptions } from './data-source-options';
import { TenantDatabase } from './tenant-database.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(
          config.DATABASE_URL,
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
})
export class DatabaseModule {}
