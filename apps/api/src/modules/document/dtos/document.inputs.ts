import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DocumentStatus, DocumentType, Site } from '@veridesk/domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DocumentStatusEnum, DocumentTypeEnum, SiteEnum } from '../../../engine/graphql/enums';
import { GraphQLDate } from '../../../engine/graphql/scalars';

@InputType()
export class RecordDocumentInput {
  @Field(() => ID) @IsString() sellerEntityId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() representativeId?: string | null;
  @Field(() => DocumentTypeEnum) type: DocumentType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) number?:
    string | null;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() issuedOn?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  @IsOptional()
  expiresOn?: string | null;
  @Field(() => [SiteEnum], { nullable: true, description: 'Empty or omitted = every site.' })
  @IsOptional()
  sites?: Site[] | null;
  @Field(() => ID, { nullable: true, description: 'A StoredFile from POST /files.' })
  @IsOptional()
  @IsString()
  fileId?: string | null;
}

@InputType()
export class UpdateDocumentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) number?:
    string | null;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() issuedOn?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  @IsOptional()
  expiresOn?: string | null;
  @Field(() => [SiteEnum], { nullable: true }) @IsOptional() sites?: Site[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() fileId?: string | null;
}

@InputType()
export class DocumentFilter {
  @Field(() => DocumentStatusEnum, { nullable: true }) @IsOptional() status?: DocumentStatus;
  @Field(() => DocumentTypeEnum, { nullable: true }) @IsOptional() type?: DocumentType;
  @Field(() => SiteEnum, {
    nullable: true,
    description: 'Documents concerning this site (or every site).',
  })
  @IsOptional()
  site?: Site;
  @Field(() => Int, { nullable: true, description: 'Expired, or expiring within this many days.' })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { code: 'OUT_OF_RANGE' } })
  @Max(3650, { context: { code: 'OUT_OF_RANGE' } })
  expiringWithinDays?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() sellerEntityId?: string;
}
