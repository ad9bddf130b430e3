import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { RoleEnum } from '../../../engine/graphql/enums';

@InputType()
export class UpdateMemberRoleInput {
  @Field(() => ID) memberId: string;
  @Field(() => RoleEnum) role: Role;
}
