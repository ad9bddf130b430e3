import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(DataExportStatus, { name: 'DataExportStatus' });

@ObjectType('DataExport', {
  description: 'A ZIP of everything the agency holds: JSON Lines per table, the files, a manifest.',
})
export class DataExportObject {
  @Field(() => ID) id: string;
  @Field(() => DataExportStatus) status: DataExportStatus;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readyAt: Date | null;
  @Field(() => Int, { nullable: true }) sizeBytes: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Where the agency's OWNERs and ADMINs download it while READY (24 hours).",
  })
  url: string | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
}
