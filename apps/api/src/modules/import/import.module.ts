import { Module } from '@nestjs/common';
import { FileModule } from '../file/file.module';
import { ImportResolver } from './import.resolver';
import { ImportService } from './services/import.service';

@Module({
  imports: [FileModule],
  providers: [ImportService, ImportResolver],
  exports: [ImportService],
})
export class ImportModule {}
