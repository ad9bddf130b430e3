import { Module } from '@nestjs/common';
import { DocumentModule } from '../document/document.module';
import { RepresentativeModule } from '../representative/representative.module';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import { VerificationCaseModule } from '../verification-case/verification-case.module';
import { CallPrepCaseResolver, CallPrepResolver } from './call-prep.resolver';
import { CallPrepService } from './call-prep.service';

/** Call-prep links (issue 14): the legal representative's page of a case, through a secret link. */
@Module({
  imports: [VerificationCaseModule, SellerEntityModule, RepresentativeModule, DocumentModule],
  providers: [CallPrepService, CallPrepResolver, CallPrepCaseResolver],
})
export class CallPrepModule {}
