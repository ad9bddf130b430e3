import { Module } from '@nestjs/common';
import { DocumentModule } from '../document/document.module';
import { RepresentativeModule } from '../representative/representative.module';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import { StoreModule } from '../store/store.module';
import { ReadinessService } from './services/readiness.service';
import { VerificationCaseService } from './services/verification-case.service';
import {
  RepresentativeCasesResolver,
  SellerEntityCasesResolver,
  VerificationCaseResolver,
} from './verification-case.resolver';

@Module({
  imports: [SellerEntityModule, RepresentativeModule, StoreModule, DocumentModule],
  providers: [
    VerificationCaseService,
    ReadinessService,
    VerificationCaseResolver,
    SellerEntityCasesResolver,
    RepresentativeCasesResolver,
  ],
  exports: [VerificationCaseService, ReadinessService],
})
export class VerificationCaseModule {}
