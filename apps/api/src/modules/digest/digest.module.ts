import { Module } from '@nestjs/common';
import { DeliveryModule } from '../notification/delivery.module';
import { DigestResolver } from './digest.resolver';
import { DigestPreviewService } from './services/digest-preview.service';
import { DigestService } from './services/digest.service';

@Module({
  imports: [DeliveryModule],
  providers: [DigestService, DigestPreviewService, DigestResolver],
  exports: [DigestService],
})
export class DigestModule {}
