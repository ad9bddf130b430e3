import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type {
  AttemptOutcome,
  CaseStatus,
  FailureReason,
  Site,
  TriggerReason,
} from '@veridesk/domain';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  AttemptOutcomeEnum,
  CaseStatusEnum,
  FailureReasonEnum,
  SiteEnum,
  TriggerReasonEnum,
} from '../../../engine/graphql/enums';

@InputType()
export class OpenVerificationCaseInput {
  @Field(() => ID) @IsString() sellerEntityId: string;
  @Field(() => ID) @IsString() representativeId: string;
  @Field(() => SiteEnum, { description: 'The site whose notice opened the case.' }) site: Site;
  @Field(() => TriggerReasonEnum) trigger: TriggerReason;
  @Field() noticeReceivedAt: Date;
  @Field(() => Date, { nullable: true, description: 'noticeReceivedAt + 72 h when omitted.' })
  @IsOptional()
  deadlineAt?: Date | null;
}

@InputType()
export class ScheduleAppointmentInput {
  @Field(() => ID) @IsString() caseId: string;
  @Field({ description: 'The slot as a UTC instant; shown back in site and agency time.' })
  startsAt: Date;
}

@InputType()
export class RecordAttemptInput {
  @Field(() => ID) @IsString() caseId: string;
  @Field(() => AttemptOutcomeEnum) outcome: AttemptOutcome;
  @Field() occurredAt: Date;
  @Field(() => [FailureReasonEnum], {
    nullable: true,
    description: 'Required (one or more) when FAILED.',
  })
  @IsOptional()
  failureReasons?: FailureReason[] | null;
  @Field(() => Int, { nullable: true, description: '24–72: how long Lazada extended the freeze.' })
  @IsOptional()
  @IsInt()
  freezeExtensionHours?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?:
    string | null;
}

@InputType()
export class ChecklistUpdateInput {
  @Field(() => ID) @IsString() caseId: string;
  @Field() @IsString() @MaxLength(64) key: string;
  @Field() @IsBoolean() done: boolean;
}

@InputType()
export class VerificationCaseFilter {
  @Field(() => CaseStatusEnum, { nullable: true }) @IsOptional() status?: CaseStatus;
  @Field(() => SiteEnum, { nullable: true }) @IsOptional() site?: Site;
  @Field(() => Int, {
    nullable: true,
    description: 'Open cases due within this many hours (overdue included).',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { code: 'OUT_OF_RANGE' } })
  @Max(24 * 365, { context: { code: 'OUT_OF_RANGE' } })
  dueWithinHours?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() sellerEntityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() managerId?: string;
}
