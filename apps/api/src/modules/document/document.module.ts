import { Module } from '@nestjs/common';
import { RepresentativeModule } from '../representative/representative.module';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import {
  DocumentResolver,
  RepresentativeDocumentsResolver,
  SellerEntityDocumentsResolver,
} from './document.resolver';
import { DocumentService } from './services/document.service';

@Module({
  imports: [SellerEntityModule, RepresentativeModule],
  providers: [
    DocumentService,
    DocumentResolver,
    SellerEntityDocumentsResolver,
    RepresentativeDocumentsResolver,
  ],
  exports: [DocumentService],
})
export class DocumentModule {}
