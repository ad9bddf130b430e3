import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { DataExportObject } from './data-export.object';
import { DataExportService } from './services/data-export.service';

@Resolver(() => DataExportObject)
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Access('admin')
  @Query(() => [DataExportObject], {
    description: "The agency's data exports, newest first. OWNER and ADMIN only.",
  })
  dataExports(): Promise<DataExportObject[]> {
    return this.exports.list();
  }

  @Access('admin')
  @Mutation(() => DataExportObject, {
    description:
      'Starts building a ZIP of everything the agency holds (JSON Lines per table with ID and phone numbers opened, the files, a manifest); READY with a 24-hour `url` when built. Audited.',
  })
  requestDataExport(): Promise<DataExportObject> {
    return this.exports.request();
  }
}
