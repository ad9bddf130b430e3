import { Module } from '@nestjs/common';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import { StoreService } from './services/store.service';
import {
  SellerEntityStoresResolver,
  StoreResolver,
  VerificationCaseStoresResolver,
} from './store.resolver';

@Module({
  imports: [SellerEntityModule],
  providers: [
    StoreService,
    StoreResolver,
    SellerEntityStoresResolver,
    VerificationCaseStoresResolver,
  ],
  exports: [StoreService],
})
export class StoreModule {}
