import { Args, Mutation, Resolver } from '@nestjs/graphql';
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
      'shop_name, lazada_seller_id, categories (lists separated by ";", dates YYYY-MM-DD, 长期 or empty = long-term). ' +
      'All or nothing; dryRun writes nothing.',
  })
  importPortfolio(
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean,
  ): Promise<ImportReportObject> {
    return this.importService.import(csv, dryRun ?? false);
  }
}
