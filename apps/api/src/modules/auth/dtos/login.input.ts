import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field() @IsString() @MaxLength(254) email: string;
  @Field() @IsString() @MaxLength(1024) password: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Which agency to enter; the first one joined when omitted.',
  })
  @IsOptional()
  @IsUUID('all', { context: { code: 'INVALID_FORMAT' } })
  agencyId?: string;
  @Field({
    nullable: true,
    description:
      'The 6-digit TOTP code (or a recovery code) when the login has two-factor sign-in.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  otp?: string;
}
