import { Module } from '@nestjs/common';
import { PurgeExpiredCredentialsProcessor } from './jobs/purge-expired-credentials.processor';

/** Processors only: imported by the worker, never by the API process. */
@Module({ providers: [PurgeExpiredCredentialsProcessor] })
export class MaintenanceWorkerModule {}
