import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import {
  IsEmailAddress,
  IsIanaTimeZone,
  IsNotBlank,
  IsPassword,
} from '../../../engine/graphql/validators';

@InputType()
export class SignUpInput {
  @Field() @IsNotBlank() @MaxLength(200) agencyName: string;
  @Field() @IsNotBlank() @MaxLength(200) name: string;
  @Field() @IsEmailAddress() email: string;
  @Field() @IsPassword() password: string;
  @Field({ nullable: true, description: 'IANA zone of the agency; Asia/Shanghai when omitted.' })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
}
