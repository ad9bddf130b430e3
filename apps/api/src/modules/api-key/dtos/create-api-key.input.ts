import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { MaxLength } from 'class-validator';
import { RoleEnum } from '../../../engine/graphql/enums';
import { IsNotBlank } from '../../../engine/graphql/validators';

@InputType()
export class CreateApiKeyInput {
  @Field() @IsNotBlank() @MaxLength(100) name: string;
  @Field(() => RoleEnum) role: Role;
}
