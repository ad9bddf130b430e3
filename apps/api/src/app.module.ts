import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { AuthEngineModule } from './engine/auth/auth-engine.module';
import { ConfigModule } from './engine/config/config.module';
import { CryptoModule } from './engine/crypto/crypto.module';
import type { AppConfig } from './engine/config/configuration';
import { DatabaseModule } from './engine/database/database.module';
import { AllExceptionsFilter } from './engine/exceptions/graphql-exception.filter';
import { createValidationPipe } from './engine/exceptions/validation.pipe';
import { GraphqlEngineModule } from './engine/graphql/graphql.module';
import { HealthModule } from './engine/health/health.module';
import { LoggingModule } from './engine/logging/logging.module';
import { QueueModule } from './engine/queue/queue.module';
import { RedisModule } from './engine/redis/redis.module';
import { DashboardStaticModule } from './engine/static/dashboard-static.module';
import { ApiKeyModule } from './modules/api-key/api-key.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { MaintenanceWorkerModule } from './modules/maintenance/maintenance.module';
import { MemberModule } from './modules/member/member.module';

/** The business modules whose resolvers make up the GraphQL schema. */
export const FEATURE_MODULES = [AuthModule, MemberModule, ApiKeyModule];

/** Platform pieces both processes share: configuration, context, database, Redis, queues, logs. */
@Module({})
export class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        // Mounted by AuthEngineModule, ahead of the auth middleware that fills it.
        ClsModule.forRoot({ global: true, middleware: { mount: false } }),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        QueueModule,
        AuditModule,
        CryptoModule,
      ],
    };
  }
}

/** The HTTP API: GraphQL, health, files and the built dashboard. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config),
        AuthEngineModule,
        GraphqlEngineModule,
        HealthModule,
        ...FEATURE_MODULES,
        DashboardStaticModule.register(config.DASHBOARD_DIR),
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}

/** The worker: the same core, with the queue processors switched on and no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [CoreModule.register(config), MaintenanceWorkerModule] };
  }
}
