import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { IsIanaTimeZone, IsNotBlank } from '../../../engine/graphql/validators';

@InputType()
export class UpdateAgencyInput {
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true, description: 'IANA zone; "today" for expiries is the date here.' })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Documents expiring within this many days are EXPIRING_SOON.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { context: { code: 'OUT_OF_RANGE' } })
  @Max(365, { context: { code: 'OUT_OF_RANGE' } })
  expiryWarningDays?: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Require two-factor sign-in of OWNERs and ADMINs.',
  })
  @IsOptional()
  @IsBoolean()
  requireTwoFactor?: boolean;
}
