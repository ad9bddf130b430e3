import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IdTypeEnum, RepresentativeRoleEnum } from '../../../engine/graphql/enums';
import { GraphQLDate } from '../../../engine/graphql/scalars';
import {
  IsIdNumberOfType,
  IsNotBlank,
  IsPhoneNumber,
  NormalizedIdentifier,
} from '../../../engine/graphql/validators';
import type { IdType, RepresentativeRole } from '../representative.entity';

@InputType()
export class AddRepresentativeInput {
  @Field(() => ID) @IsString() sellerEntityId: string;
  @Field() @IsNotBlank() @MaxLength(100) fullName: string;
  @Field(() => RepresentativeRoleEnum) role: RepresentativeRole;
  @Field(() => IdTypeEnum) idType: IdType;
  @Field({
    description: 'Checked by idType (CN_RESIDENT_ID: checksum and birth date); stored encrypted.',
  })
  @NormalizedIdentifier()
  @IsString()
  @MaxLength(64)
  @IsIdNumberOfType()
  idNumber: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  @IsOptional()
  idExpiresOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @IsPhoneNumber()
  phone?: string | null;
}
