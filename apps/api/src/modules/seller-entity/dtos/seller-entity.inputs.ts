import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Site, VerificationStatus } from '@veridesk/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SiteEnum, VerificationStatusEnum } from '../../../engine/graphql/enums';
import { IsNotBlank, IsUscc, NormalizedIdentifier } from '../../../engine/graphql/validators';

@InputType()
export class CreateSellerEntityInput {
  @Field({ description: 'The Chinese legal name on the licence.' })
  @IsNotBlank()
  @MaxLength(200)
  legalName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) englishName?:
    string | null;
  @Field({
    description:
      'Checked against GB 32100-2015 after normalisation: spaces, tabs and zero-width characters removed, full-width characters made ASCII, upper-cased.',
  })
  @NormalizedIdentifier()
  @IsUscc()
  uscc: string;
  @Field() @IsNotBlank() @MaxLength(100) registeredRepresentativeName: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  businessScope?: string[] | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { code: 'OUT_OF_RANGE' } })
  @Max(10_000, { context: { code: 'OUT_OF_RANGE' } })
  violationsLast90Days?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() needsChineseSupport?: boolean;
  @Field(() => ID, { nullable: true, description: 'The Member who manages the entity.' })
  @IsOptional()
  @IsString()
  managerId?: string | null;
}

@InputType()
export class UpdateSellerEntityInput {
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) legalName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) englishName?:
    string | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(100)
  registeredRepresentativeName?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  businessScope?: string[];
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { code: 'OUT_OF_RANGE' } })
  @Max(10_000, { context: { code: 'OUT_OF_RANGE' } })
  violationsLast90Days?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() needsChineseSupport?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() chineseSupportRequested?: boolean;
  @Field(() => ID, { nullable: true, description: 'null removes the manager.' })
  @IsOptional()
  @IsString()
  managerId?: string | null;
}

@InputType()
export class SellerEntityFilter {
  @Field({
    nullable: true,
    description:
      'Part of the Chinese or English name, or of the USCC (typed or pasted with spaces, full-width, any case).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
  @Field(() => SiteEnum, { nullable: true, description: 'Entities with a store on this site.' })
  @IsOptional()
  site?: Site;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() managerId?: string;
  @Field(() => VerificationStatusEnum, { nullable: true })
  @IsOptional()
  verificationStatus?: VerificationStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'Entities with a store affected within this many days.',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { code: 'OUT_OF_RANGE' } })
  @Max(3650, { context: { code: 'OUT_OF_RANGE' } })
  affectedWithinDays?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() includeArchived?: boolean;
}
