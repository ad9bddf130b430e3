import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { FileController } from './file.controller';
import { DocumentFileResolver } from './file.resolver';
import { FileService } from './services/file.service';
import { FileStorage } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';

/** Where the bytes live: the API's FileModule and the worker's jobs use this one provider. */
export const FILE_STORAGE_PROVIDER = {
  provide: FileStorage,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new LocalDiskStorage(config.FILES_DIR),
};

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // One byte over the limit is enough to know a file is too large.
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        limits: { fileSize: config.MAX_UPLOAD_BYTES + 1, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [FileController],
  providers: [FileService, DocumentFileResolver, FILE_STORAGE_PROVIDER],
  // MulterModule too: a guest upload (POST /guest/<token>/files) has the same limits.
  exports: [FileService, MulterModule, FileStorage],
})
export class FileModule {}
