import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  type AttemptOutcome,
  type CaseStatus,
  type FailureReason,
  FREEZE_EXTENSION_HOURS,
  FREEZE_EXTENSION_OUT_OF_RANGE,
  isFreezeExtensionHours,
  type Site,
  type TriggerReason,
} from '@veridesk/domain';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidationArguments,
} from 'class-validator';
import {
  AttemptOutcomeEnum,
  CaseStatusEnum,
  FailureReasonEnum,
  SiteEnum,
  TriggerReasonEnum,
} from '../../../engine/graphql/enums';

/** A rule on one field of an attempt that depends on its outcome, with its own code and message. */
const attemptRule =
  (
    code: string,
    message: string | ((input: RecordAttemptInput) => string),
    valid: (value: unknown, input: RecordAttemptInput) => boolean,
  ) =>
  () =>
  (object: object, propertyName: string) =>
    registerDecorator({
      name: `attempt${code}`,
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) =>
          typeof message === 'string' ? message : message(args.object as RecordAttemptInput),
        context: { code },
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          valid(value, args.object as RecordAttemptInput),
      },
    });

const hasReasons = (value: unknown) => Array.isArray(value) && value.length > 0;
const NamesReasonsWhenFailed = attemptRule(
  'REQUIRED',
  'name at least one reason Lazada gave',
  (value, input) => input.outcome !== 'FAILED' || hasReasons(value),
);
const NamesNoReasonWhenPassed = attemptRule(
  'NOT_ALLOWED',
  'a passed call has no failure reasons',
  (value, input) => input.outcome !== 'PASSED' || !hasReasons(value),
);
const IsFreezeExtension = attemptRule(
  'OUT_OF_RANGE',
  (input) =>
    input.outcome === 'PASSED' ? 'a passed call extends no freeze' : FREEZE_EXTENSION_OUT_OF_RANGE,
  (value, input) =>
    value === null ||
    value === undefined ||
    (input.outcome !== 'PASSED' && isFreezeExtensionHours(value)),
);

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
  @NamesReasonsWhenFailed()
  @NamesNoReasonWhenPassed()
  failureReasons?: FailureReason[] | null;
  @Field(() => Int, {
    nullable: true,
    description: `${FREEZE_EXTENSION_HOURS.min}–${FREEZE_EXTENSION_HOURS.max}: how long Lazada extended the freeze.`,
  })
  @IsOptional()
  @IsInt()
  @IsFreezeExtension()
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
