import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportRowError')
export class ImportRowErrorObject {
  @Field(() => Int, { description: 'The spreadsheet row; the header is row 1.' }) row: number;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field() code: string;
  @Field({ description: 'In English, quoting the refused value and saying what would work.' })
  message: string;
  @Field(() => String, {
    nullable: true,
    description: "The refused cell as written (to show the error in the reader's language).",
  })
  value?: string | null;
}

@ObjectType('ImportReport')
export class ImportReportObject {
  @Field() dryRun: boolean;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [ImportRowErrorObject]) errors: ImportRowErrorObject[];
}
