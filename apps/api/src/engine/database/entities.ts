import { AgencyEntity } from '../../modules/agency/agency.entity';
import { ApiKeyEntity } from '../../modules/api-key/api-key.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { InvitationEntity } from '../../modules/member/invitation.entity';
import { MembershipEntity } from '../../modules/member/membership.entity';
import { SessionEntity } from '../../modules/session/session.entity';
import { UserEntity } from '../../modules/user/user.entity';

/** Every entity, listed (not globbed) so the bundled build and the migration CLI see the same set. */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  ApiKeyEntity,
  SessionEntity,
  AuditEventEntity,
];
