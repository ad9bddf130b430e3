import { Module } from '@nestjs/common';
import { FileModule, FILE_STORAGE_PROVIDER } from '../file/file.module';
import { DataExportController } from './data-export.controller';
import { DataExportResolver } from './data-export.resolver';
import { DataExportProcessor } from './jobs/data-export.processor';
import { DataExportService } from './services/data-export.service';

/** Data exports: requested and downloaded through the API. */
@Module({
  imports: [FileModule],
  controllers: [DataExportController],
  providers: [DataExportService, DataExportResolver],
})
export class DataExportModule {}

/** The worker's half: building the ZIP. */
@Module({ providers: [DataExportProcessor, FILE_STORAGE_PROVIDER] })
export class DataExportWorkerModule {}
