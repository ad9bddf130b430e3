import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AttemptOutcome,
  CaseStatus,
  FailureReason,
  ReadinessCode,
  Severity,
  Site,
  TriggerReason,
} from '@veridesk/domain';
import {
  AttemptOutcomeEnum,
  CaseStatusEnum,
  FailureReasonEnum,
  ReadinessCodeEnum,
  SeverityEnum,
  SiteEnum,
  TriggerReasonEnum,
} from '../../engine/graphql/enums';
import { Connection } from '../../engine/graphql/pagination';
import { GraphQLJSON } from '../../engine/graphql/scalars';

@ObjectType('Appointment', {
  description: 'A booked video-call slot, in UTC and in both local times.',
})
export class AppointmentObject {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
  @Field(() => SiteEnum) site: Site;
  @Field({ description: "The site's IANA zone, e.g. Asia/Bangkok." }) siteTimeZone: string;
  @Field({ description: 'e.g. 2026-12-01T10:00:00.000+07:00' }) startsAtSiteLocal: string;
  @Field({
    description: "The same instant in the agency's zone, e.g. 2026-12-01T11:00:00.000+08:00",
  })
  startsAtAgencyLocal: string;
}

@ObjectType('Attempt', { description: 'One call and its outcome.' })
export class AttemptObject {
  @Field(() => ID) id: string;
  @Field(() => AttemptOutcomeEnum) outcome: AttemptOutcome;
  @Field() occurredAt: Date;
  @Field(() => [FailureReasonEnum]) failureReasons: FailureReason[];
  @Field(() => Int, { nullable: true }) freezeExtensionHours: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('ChecklistItem')
export class ChecklistItemObject {
  @Field() key: string;
  @Field() label: string;
  @Field() done: boolean;
}

@ObjectType('ReadinessIssue')
export class ReadinessIssueObject {
  @Field(() => ReadinessCodeEnum) code: ReadinessCode;
  @Field(() => SeverityEnum) severity: Severity;
  @Field() message: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The record to fix: document, representative, store, entity or case.',
  })
  subjectId: string | null;
  @Field(() => GraphQLJSON, {
    description: 'Values the message names, for clients that word it themselves.',
  })
  params: Record<string, string | number>;
}

@ObjectType('Readiness', {
  description: 'What would fail the call, dated at the appointment or today.',
})
export class ReadinessObject {
  @Field({ description: 'No BLOCKER.' }) ready: boolean;
  @Field(() => [ReadinessIssueObject]) issues: ReadinessIssueObject[];
}

@ObjectType('VerificationCase', {
  description: 'One platform request to verify, with its deadline.',
})
export class VerificationCaseObject {
  @Field(() => ID) id: string;
  @Field(() => SiteEnum) site: Site;
  @Field(() => TriggerReasonEnum) trigger: TriggerReason;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field() noticeReceivedAt: Date;
  @Field() deadlineAt: Date;
  @Field(() => Float, { description: '(deadlineAt − now) in hours; negative when overdue.' })
  hoursRemaining: number;
  @Field(() => Date, { nullable: true }) passedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field() createdAt: Date;

  agencyId: string;
  sellerEntityId: string;
  representativeId: string;
  appointmentStartsAt: Date | null;
  appointmentBookedAt: Date | null;
  checklist: Record<string, boolean>;
}

@ObjectType('VerificationCaseConnection')
export class VerificationCaseConnection extends Connection(
  VerificationCaseObject,
  'VerificationCase',
) {}
