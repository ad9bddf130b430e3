import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DocumentStatus, DocumentType, Site } from '@veridesk/domain';
import {
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { DocumentStatusEnum, DocumentTypeEnum, SiteEnum } from '../../../engine/graphql/enums';
import { GraphQLDate } from '../../../engine/graphql/scalars';

/**
 * An expiry given with an issue date is not before it (BEFORE_ISSUE), checked with the input's
 * other fields so every problem comes back together. (An update giving one of the two dates is
 * checked against the stored other by the service.)
 */
const IsNotBeforeIssue = () => (object: object, propertyName: string) =>
  registerDecorator({
    name: 'isNotBeforeIssue',
    target: object.constructor,
    propertyName,
    options: { message: 'must not be before the issue date', context: { code: 'BEFORE_ISSUE' } },
    validator: {
      validate: (value: unknown, args: ValidationArguments) => {
        const issuedOn = (args.object as { issuedOn?: unknown }).issuedOn;
        return typeof value !== 'string' || typeof issuedOn !== 'string' || value >= issuedOn;
      },
    },
  });

/** An ID card belongs to a representative: RESIDENT_ID_CARD needs representativeId (REQUIRED). */
const IsGivenForIdCard = () => (object: object, propertyName: string) =>
  registerDecorator({
    name: 'isGivenForIdCard',
    target: object.constructor,
    propertyName,
    options: { message: 'an ID card belongs to a representative', context: { code: 'REQUIRED' } },
    validator: {
      validate: (value: unknown, args: ValidationArguments) =>
        (args.object as { type?: unknown }).type !== 'RESIDENT_ID_CARD' || Boolean(value),
    },
  });

@InputType()
export class RecordDocumentInput {
  @Field(() => ID) @IsString() sellerEntityId: string;
  @Field(() => ID, { nullable: true })
  // Optional, except for an ID card.
  @ValidateIf(
    (input: RecordDocumentInput) =>
      input.representativeId != null || input.type === 'RESIDENT_ID_CARD',
  )
  @IsString()
  @IsGivenForIdCard()
  representativeId?: string | null;
  @Field(() => DocumentTypeEnum) type: DocumentType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) number?:
    string | null;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() issuedOn?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  @IsOptional()
  @IsNotBeforeIssue()
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
  @IsNotBeforeIssue()
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
