import { Module } from '@nestjs/common';
import { DigestResolver } from './digest.resolver';
import { DigestService } from './services/digest.service';

@Module({ providers: [DigestService, DigestResolver], exports: [DigestService] })
export class DigestModule {}
