import { Module } from '@nestjs/common';
import { ImportResolver } from './import.resolver';
import { ImportService } from './services/import.service';

@Module({ providers: [ImportService, ImportResolver], exports: [ImportService] })
export class ImportModule {}
