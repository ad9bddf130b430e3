import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { RoleEnum } from '../../engine/graphql/enums';

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field({ description: 'The name the inviter gave.' }) name: string;
  @Field(() => RoleEnum) role: Role;
  @Field() expiresAt: Date;
  @Field({
    description:
      'The link that accepts the invitation. Returned in full only by inviteMember; lists show it without the token.',
  })
  acceptUrl: string;
  @Field() createdAt: Date;
}
