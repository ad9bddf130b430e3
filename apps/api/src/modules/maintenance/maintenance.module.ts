import { Module } from '@nestjs/common';
import { FILE_STORAGE_PROVIDER } from '../file/file.module';
import { DeleteAgencyFilesProcessor } from './jobs/delete-agency-files.processor';
import { PurgeExpiredCredentialsProcessor } from './jobs/purge-expired-credentials.processor';

/** Processors only: imported by the worker, never by the API process. */
@Module({
  providers: [PurgeExpiredCredentialsProcessor, DeleteAgencyFilesProcessor, FILE_STORAGE_PROVIDER],
})
export class MaintenanceWorkerModule {}
