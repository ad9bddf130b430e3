import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import {
  DOCUMENT_REQUEST_MAX_DAYS,
  DOCUMENT_REQUEST_MAX_FILES,
  DocumentRequestStatus,
} from '@veridesk/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RecordDocumentInput } from '../document/dtos/document.inputs';

/** The entity, representative and type are recordDocument's own fields, with its rules (an ID card needs its representative). */
@InputType()
export class RequestDocumentInput extends PickType(
  RecordDocumentInput,
  ['sellerEntityId', 'representativeId', 'type'],
  InputType,
) {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 14, at most 30.' })
  @IsOptional()
  @IsInt()
  @Min(1, { context: { code: 'OUT_OF_RANGE' } })
  @Max(DOCUMENT_REQUEST_MAX_DAYS, { context: { code: 'OUT_OF_RANGE' } })
  expiresInDays?: number | null;
}

/** The number and dates are recordDocument's own fields, with its rules (field errors alike). */
@InputType()
export class SubmitDocumentRequestInput extends PickType(
  RecordDocumentInput,
  ['number', 'issuedOn', 'expiresOn'],
  InputType,
) {
  @Field(() => [ID], { description: 'Ids returned by POST /guest/<token>/files.' })
  @IsString({ each: true })
  @ArrayMinSize(1, { context: { code: 'REQUIRED' }, message: 'attach at least one scan' })
  @ArrayMaxSize(DOCUMENT_REQUEST_MAX_FILES)
  fileIds: string[];

  @Field(() => Boolean, { nullable: true, description: 'Valid long-term (长期): no expiry.' })
  @IsOptional()
  @IsBoolean()
  longTerm?: boolean | null;
}

export type DocumentRequestFilter = {
  status?: DocumentRequestStatus | null;
  sellerEntityId?: string | null;
};
