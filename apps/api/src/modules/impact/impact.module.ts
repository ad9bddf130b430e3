import { Module } from '@nestjs/common';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './services/impact.service';

@Module({
  imports: [SellerEntityModule],
  providers: [ImpactService, ImpactResolver],
  exports: [ImpactService],
})
export class ImpactModule {}
