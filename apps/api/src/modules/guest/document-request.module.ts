import { Module } from '@nestjs/common';
import { DocumentModule } from '../document/document.module';
import { FileModule } from '../file/file.module';
import { RepresentativeModule } from '../representative/representative.module';
import { SellerEntityModule } from '../seller-entity/seller-entity.module';
import { DocumentRequestController } from './document-request.controller';
import { DocumentRequestResolver } from './document-request.resolver';
import { DocumentRequestService } from './services/document-request.service';

/** Document requests (issue 14): a link asking the seller for a renewed document, and its review. */
@Module({
  imports: [DocumentModule, FileModule, SellerEntityModule, RepresentativeModule],
  controllers: [DocumentRequestController],
  providers: [DocumentRequestService, DocumentRequestResolver],
})
export class DocumentRequestModule {}
