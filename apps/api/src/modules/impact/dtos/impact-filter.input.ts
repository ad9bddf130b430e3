import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Site } from '@veridesk/domain';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { SiteEnum } from '../../../engine/graphql/enums';

@InputType()
export class ImpactFilter {
  @Field(() => Int, {
    nullable: true,
    description: "Expiries within this many days; the agency's window when omitted.",
  })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { code: 'OUT_OF_RANGE' } })
  @Max(3650, { context: { code: 'OUT_OF_RANGE' } })
  withinDays?: number;
  @Field(() => SiteEnum, { nullable: true }) @IsOptional() site?: Site;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() sellerEntityId?: string;
}
