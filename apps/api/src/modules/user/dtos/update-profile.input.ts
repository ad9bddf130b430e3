import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { IsIanaTimeZone, IsNotBlank } from '../../../engine/graphql/validators';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true, description: 'IANA zone the digest and times are shown in.' })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
  @Field({ nullable: true, description: 'zh-CN or en' })
  @IsOptional()
  @IsIn(['zh-CN', 'en'], { context: { code: 'INVALID_FORMAT' }, message: 'must be zh-CN or en' })
  locale?: string;
}
