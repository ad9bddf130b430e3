import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';

/** The audit log's query; AuditModule (global) provides the service every module writes with. */
@Module({ providers: [AuditResolver] })
export class AuditLogModule {}
