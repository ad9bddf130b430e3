import { Module } from '@nestjs/common';
import { DeliveryModule } from '../notification/delivery.module';
import { DigestResolver } from './digest.resolver';
import { DigestService } from './services/digest.service';

@Module({
  imports: [DeliveryModule],
  providers: [DigestService, DigestResolver],
  exports: [DigestService],
})
export class DigestModule {}
