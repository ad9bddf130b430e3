import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { RoleEnum } from '../../engine/graphql/enums';
import { AgencyObject } from '../agency/agency.object';
import { ApiKeyObject } from '../api-key/api-key.object';
import { UserObject } from '../user/user.object';

@ObjectType('Viewer')
export class ViewerObject {
  @Field(() => UserObject, {
    description: 'The signed-in user; for an API key, the member who created it.',
  })
  user: UserObject;
  @Field(() => AgencyObject) agency: AgencyObject;
  @Field(() => RoleEnum, { description: 'The role this request acts with.' }) role: Role;
  @Field(() => ApiKeyObject, { nullable: true, description: 'Set when the caller is an API key.' })
  apiKey: ApiKeyObject | null;
  /** The member behind the viewer (null for an API key whose creator has left): whose agencies. */
  memberUserId: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field({ description: 'A short-lived access token: `Authorization: Bearer <token>`.' })
  token: string;
  @Field(() => ViewerObject) viewer: ViewerObject;
  @Field({ description: 'When the access token expires; renew it with refreshSession.' })
  expiresAt: Date;
}
