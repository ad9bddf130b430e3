import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, IsPassword } from '../../../engine/graphql/validators';

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MaxLength(200) token: string;
  @Field() @IsNotBlank() @MaxLength(200) name: string;
  @Field({ description: 'A new password, or the current one when the email already has a login.' })
  @IsPassword()
  password: string;
  @Field({
    nullable: true,
    description:
      'When the existing login has two-factor sign-in: its 6-digit TOTP code (or a recovery code).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  otp?: string;
}
