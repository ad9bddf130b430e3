import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type DocumentType, REMINDER_LADDER_LIMITS } from '@veridesk/domain';
import { ALERT_KINDS, AlertKind } from '@veridesk/emails';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DocumentTypeEnum } from '../../engine/graphql/enums';
import { Connection } from '../../engine/graphql/pagination';

export const AlertKindEnum = Object.fromEntries(ALERT_KINDS.map((kind) => [kind, kind])) as Record<
  AlertKind,
  AlertKind
>;
registerEnumType(AlertKindEnum, {
  name: 'AlertKind',
  description: 'CASE_OVERDUE cannot be muted.',
});

export const DigestFrequencyEnum = { DAILY: 'DAILY', WEEKLY: 'WEEKLY' } as const;
registerEnumType(DigestFrequencyEnum, {
  name: 'DigestFrequency',
  description: 'WEEKLY digests go out on Mondays.',
});

@ObjectType('NotificationPreferences')
export class NotificationPreferencesObject {
  @Field() digestEnabled: boolean;
  @Field(() => DigestFrequencyEnum) digestFrequency: 'DAILY' | 'WEEKLY';
  @Field(() => [AlertKindEnum]) mutedAlerts: AlertKind[];
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() digestEnabled?: boolean;
  @Field(() => DigestFrequencyEnum, { nullable: true }) @IsOptional() digestFrequency?:
    'DAILY' | 'WEEKLY';
  @Field(() => [AlertKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(['CASE_DUE_SOON', 'ATTEMPT_FAILED', 'STORE_RESTRICTED'], {
    each: true,
    context: { code: 'NOT_ALLOWED' },
    message: 'an overdue case cannot be muted',
  })
  mutedAlerts?: AlertKind[];
}

@ObjectType('Delivery', {
  description: 'An email for the viewer: sent, stored (no SMTP server) or pending.',
})
export class DeliveryObject {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() status: string;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => String, { nullable: true }) toEmail: string | null;
  @Field(() => String, { nullable: true }) textBody: string | null;
  @Field(() => String, { nullable: true }) htmlBody: string | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Int) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

@ObjectType('DeliveryConnection')
export class DeliveryConnection extends Connection(DeliveryObject, 'Delivery') {}

@ObjectType('ReminderLadder', {
  description: 'Days before expiry a document is brought up again; -1 = the day after.',
})
export class ReminderLadderObject {
  @Field(() => DocumentTypeEnum) documentType: DocumentType;
  @Field(() => [Int]) days: number[];
  @Field({ description: 'False while the default ladder applies.' }) custom: boolean;
}

@InputType()
export class UpdateReminderLadderInput {
  @Field(() => DocumentTypeEnum) documentType: DocumentType;
  @Field(() => [Int], {
    description: `Each between ${REMINDER_LADDER_LIMITS.minDay} and ${REMINDER_LADDER_LIMITS.maxDay}; empty restores the default.`,
  })
  @ArrayMaxSize(REMINDER_LADDER_LIMITS.maxDays)
  @IsInt({ each: true })
  @Min(REMINDER_LADDER_LIMITS.minDay, { each: true, context: { code: 'OUT_OF_RANGE' } })
  @Max(REMINDER_LADDER_LIMITS.maxDay, { each: true, context: { code: 'OUT_OF_RANGE' } })
  days: number[];
}
