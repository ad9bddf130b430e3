import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { ImportReportObject } from './import-report.object';
import { ImportService } from './services/import.service';

@Resolver()
export class ImportResolver {
  constructor(private readonly importService: ImportService) {}

  @Access('writer')
  @Mutation(() => ImportReportObject, {
    description:
      'CSV with header uscc, legal_name, registered_representative_name, business_scope, license_expires_on, site, ' +
      'shop_name, lazada_seller_id, categories (or their Chinese names; lists separated by ";", dates YYYY-MM-DD, ' +
      'YYYY/M/D, YYYY.M.D or YYYY年M月D日; 长期, 长期有效, 永久 or empty = long-term). ' +
      'All or nothing; dryRun writes nothing.',
  })
  importPortfolio(
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean,
  ): Promise<ImportReportObject> {
    return this.importService.import(csv, dryRun ?? false);
  }

  @Access('writer')
  @Mutation(() => ImportReportObject, {
    description:
      'A spreadsheet uploaded with POST /files: .xlsx (first sheet) or .csv in UTF-8, UTF-8 with BOM, GBK or GB18030.',
  })
  importPortfolioFile(
    @Args('fileId', { type: () => ID }) fileId: string,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean,
  ): Promise<ImportReportObject> {
    return this.importService.importFile(fileId, dryRun ?? false);
  }
}
