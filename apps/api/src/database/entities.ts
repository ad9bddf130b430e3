import { AgencyEntity } from '../modules/agency/agency.entity';
import { ApiKeyEntity } from '../modules/api-key/api-key.entity';
import { CalendarFeedEntity } from '../modules/calendar/calendar-feed.entity';
import { ChannelDeliveryEntity } from '../modules/channel/channel-delivery.entity';
import { NotificationChannelEntity } from '../modules/channel/notification-channel.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { DocumentEntity } from '../modules/document/document.entity';
import { DeliveryEntity } from '../modules/notification/delivery.entity';
import { ReminderLadderEntity } from '../modules/notification/reminder-ladder.entity';
import { StoredFileEntity } from '../modules/file/stored-file.entity';
import { RepresentativeEntity } from '../modules/representative/representative.entity';
import { SellerEntityEntity } from '../modules/seller-entity/seller-entity.entity';
import { StoreEntity } from '../modules/store/store.entity';
import { StoreImpactEntity } from '../modules/impact/store-impact.entity';
import { StoreImpactCountEntity } from '../modules/impact/store-impact-count.entity';
import { EntityCountEntity } from '../modules/seller-entity/entity-count.entity';
import { DocumentExpiryCountEntity } from '../modules/document/document-expiry-count.entity';
import { CaseDeadlineCountEntity } from '../modules/verification-case/case-deadline-count.entity';
import { StoreImpactMonthCountEntity } from '../modules/impact/store-impact-month-count.entity';
import { DocumentMonthCountEntity } from '../modules/document/document-month-count.entity';
import { CaseDayCountEntity } from '../modules/verification-case/case-day-count.entity';
import { AttemptEntity } from '../modules/verification-case/attempt.entity';
import { VerificationCaseEntity } from '../modules/verification-case/verification-case.entity';
import { InvitationEntity } from '../modules/member/invitation.entity';
import { CallPrepLinkEntity } from '../modules/guest/call-prep-link.entity';
import { MembershipEntity } from '../modules/member/membership.entity';
import { SessionEntity } from '../modules/session/session.entity';
import { UserEntity } from '../modules/user/user.entity';
import { DataExportEntity } from '../modules/data-export/data-export.entity';
import {
  DocumentRequestEntity,
  DocumentRequestFileEntity,
} from '../modules/guest/document-request.entity';

/**
 * Every entity, listed (not globbed) so the bundled build and the migration CLI see the same set.
 * The list lives beside the migrations, outside the engine: the engine takes it as a parameter
 * (DatabaseModule.forRoot, dataSourceOptions) and knows no business module.
 */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  DataExportEntity,
  MembershipEntity,
  InvitationEntity,
  ApiKeyEntity,
  SessionEntity,
  AuditEventEntity,
  SellerEntityEntity,
  RepresentativeEntity,
  StoreEntity,
  StoreImpactEntity,
  StoreImpactCountEntity,
  EntityCountEntity,
  StoredFileEntity,
  DocumentEntity,
  DocumentExpiryCountEntity,
  VerificationCaseEntity,
  AttemptEntity,
  CaseDeadlineCountEntity,
  StoreImpactMonthCountEntity,
  DocumentMonthCountEntity,
  CaseDayCountEntity,
  DeliveryEntity,
  ReminderLadderEntity,
  NotificationChannelEntity,
  ChannelDeliveryEntity,
  CalendarFeedEntity,
  CallPrepLinkEntity,
  DocumentRequestEntity,
  DocumentRequestFileEntity,
];
