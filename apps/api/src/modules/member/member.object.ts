import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { RoleEnum } from '../../engine/graphql/enums';
import { UserObject } from '../user/user.object';

@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id: string;
  @Field(() => UserObject) user: UserObject;
  @Field(() => RoleEnum) role: Role;
  @Field({ description: 'When the member joined the agency.' }) createdAt: Date;
}
