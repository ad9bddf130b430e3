import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { RoleEnum } from '../../engine/graphql/enums';
import type { Principal } from '../../engine/tenancy/request-context';
import type { AgencyObject } from '../agency/agency.object';
import type { ApiKeyObject } from '../api-key/api-key.object';
import type { UserObject } from '../user/user.object';

/** What the viewer's user, agency and API key fields read (ViewerService.rowsOf). */
export type ViewerRows = {
  user: UserObject;
  agency: AgencyObject;
  apiKey: ApiKeyObject | null;
  /** The member behind the viewer (null for an API key whose creator has left): whose agencies. */
  memberUserId: string | null;
};

/** user, agency and apiKey are ViewerResolver's fields: `me { role }` reads no row. */
@ObjectType('Viewer')
export class ViewerObject {
  @Field(() => RoleEnum, { description: 'The role this request acts with.' }) role: Role;
  principal: Principal;
  /** Read on first use, once per viewer. */
  rows?: Promise<ViewerRows>;
}

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field({ description: 'A short-lived access token: `Authorization: Bearer <token>`.' })
  token: string;
  @Field(() => ViewerObject) viewer: ViewerObject;
  @Field({ description: 'When the access token expires; renew it with refreshSession.' })
  expiresAt: Date;
}
