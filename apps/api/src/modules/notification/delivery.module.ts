import { Module } from '@nestjs/common';
import { DeliveryService } from './services/delivery.service';
import { UnsubscribeTokens } from './services/unsubscribe-token.service';

/** Exactly-once email rows and signed unsubscribe links, for the API and the worker alike. */
@Module({
  providers: [DeliveryService, UnsubscribeTokens],
  exports: [DeliveryService, UnsubscribeTokens],
})
export class DeliveryModule {}
