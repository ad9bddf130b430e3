import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import type { DestinationStream } from 'pino';
import { ENTITIES } from './database/entities';
import { AuthEngineModule } from './engine/auth/auth-engine.module';
import { ConfigModule } from './engine/config/config.module';
import { CryptoModule } from './engine/crypto/crypto.module';
import { MailModule } from './engine/mail/mail.module';
import { Clock } from './engine/clock/clock';
import { ClockModule } from './engine/clock/clock.module';
import type { AppConfig } from './engine/config/configuration';
import { DatabaseModule } from './engine/database/database.module';
import { AllExceptionsFilter } from './engine/exceptions/graphql-exception.filter';
import { createValidationPipe } from './engine/exceptions/validation.pipe';
import { GraphqlEngineModule } from './engine/graphql/graphql.module';
import { HealthModule } from './engine/health/health.module';
import { LoggingModule } from './engine/logging/logging.module';
import { QueueDrain } from './engine/queue/queue-drain';
import { QueueModule } from './engine/queue/queue.module';
import { RedisModule } from './engine/redis/redis.module';
import { DashboardStaticModule } from './engine/static/dashboard-static.module';
import { AgencyModule } from './modules/agency/agency.module';
import { AgencyCalendarService } from './modules/agency/services/agency-calendar.service';
import { ApiKeyModule } from './modules/api-key/api-key.module';
import { AuditLogModule } from './modules/audit/audit-log.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CallPrepModule } from './modules/guest/call-prep.module';
import { ChannelModule, ChannelWorkerModule } from './modules/channel/channel.module';
import { PrincipalDirectoryService } from './modules/auth/services/principal-directory.service';
import { MaintenanceWorkerModule } from './modules/maintenance/maintenance.module';
import { MemberModule } from './modules/member/member.module';
import { QueueBoardModule } from './modules/queue-board/queue-board.module';
import {
  NotificationModule,
  NotificationWorkerModule,
} from './modules/notification/notification.module';
import { DigestModule } from './modules/digest/digest.module';
import { DocumentModule } from './modules/document/document.module';
import { FileModule } from './modules/file/file.module';
import { ImpactModule } from './modules/impact/impact.module';
import { ImportModule } from './modules/import/import.module';
import { RepresentativeModule } from './modules/representative/representative.module';
import { SellerEntityModule } from './modules/seller-entity/seller-entity.module';
import { StoreModule } from './modules/store/store.module';
import { VerificationCaseModule } from './modules/verification-case/verification-case.module';
import { DocumentRequestModule } from './modules/guest/document-request.module';
import { DataExportModule, DataExportWorkerModule } from './modules/data-export/data-export.module';

/**
 * What tests may swap in: the clock, so time can be set instead of waited for, and where the JSON
 * log lines go, so they can be read.
 */
export type RuntimeOptions = { clock?: Clock; logDestination?: DestinationStream };

/** The business modules whose resolvers make up the GraphQL schema. */
export const FEATURE_MODULES = [
  AuthModule,
  MemberModule,
  ApiKeyModule,
  SellerEntityModule,
  RepresentativeModule,
  StoreModule,
  DocumentModule,
  VerificationCaseModule,
  FileModule,
  ImpactModule,
  ImportModule,
  AuditLogModule,
  DigestModule,
  AgencyModule,
  NotificationModule,
  QueueBoardModule,
  ChannelModule,
  CalendarModule,
  CallPrepModule,
  DocumentRequestModule,
  DataExportModule,
];

/** Platform pieces both processes share: configuration, context, database, Redis, queues, logs. */
@Module({})
export class CoreModule {
  static register(config: AppConfig, options: RuntimeOptions = {}): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        // Mounted by AuthEngineModule, ahead of the auth middleware that fills it.
        ClsModule.forRoot({ global: true, middleware: { mount: false } }),
        LoggingModule.register(options.logDestination),
        DatabaseModule.forRoot(ENTITIES),
        RedisModule,
        QueueModule,
        AuditModule,
        CryptoModule,
        MailModule,
        ClockModule.register(AgencyCalendarService, options.clock),
      ],
    };
  }
}

/** The HTTP API: GraphQL, health, files and the built dashboard. */
@Module({})
export class AppModule {
  static register(config: AppConfig, options: RuntimeOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, options),
        AuthEngineModule.register(PrincipalDirectoryService),
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
  static register(config: AppConfig, options: RuntimeOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.register(config, options),
        MaintenanceWorkerModule,
        NotificationWorkerModule,
        ChannelWorkerModule,
        DataExportWorkerModule,
      ],
      providers: [QueueDrain],
    };
  }
}
