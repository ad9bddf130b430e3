import { Module } from '@nestjs/common';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import {
  RepresentativeResolver,
  SellerEntityRepresentativesResolver,
  VerificationCaseRepresentativeResolver,
} from './representative.resolver';
import { RepresentativeService } from './services/representative.service';

@Module({
  imports: [SellerEntityModule],
  providers: [
    RepresentativeService,
    RepresentativeResolver,
    SellerEntityRepresentativesResolver,
    VerificationCaseRepresentativeResolver,
  ],
  exports: [RepresentativeService],
})
export class RepresentativeModule {}
