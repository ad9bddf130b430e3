import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { MaxLength } from 'class-validator';
import { RoleEnum } from '../../../engine/graphql/enums';
import { IsEmailAddress, IsNotBlank } from '../../../engine/graphql/validators';

@InputType()
export class InviteMemberInput {
  @Field() @IsEmailAddress() email: string;
  @Field() @IsNotBlank() @MaxLength(200) name: string;
  @Field(() => RoleEnum) role: Role;
}
