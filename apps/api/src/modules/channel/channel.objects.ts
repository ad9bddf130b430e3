import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../engine/graphql/pagination';
import {
  CHANNEL_EVENTS,
  CHANNEL_KINDS,
  type ChannelEvent,
  type ChannelKind,
} from './adapters/channel-adapter';
import { CHANNEL_DELIVERY_STATUSES, type ChannelDeliveryStatus } from './channel-delivery.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const ChannelKindEnum = asEnum<ChannelKind>(CHANNEL_KINDS);
export const ChannelEventEnum = asEnum<ChannelEvent>(CHANNEL_EVENTS);
export const ChannelDeliveryStatusEnum = asEnum<ChannelDeliveryStatus>(CHANNEL_DELIVERY_STATUSES);
registerEnumType(ChannelKindEnum, { name: 'ChannelKind' });
registerEnumType(ChannelEventEnum, { name: 'ChannelEvent' });
registerEnumType(ChannelDeliveryStatusEnum, { name: 'ChannelDeliveryStatus' });

/** `manager` and `deliveries` are field resolvers (ChannelResolver). */
@ObjectType('NotificationChannel')
export class NotificationChannelObject {
  @Field(() => ID) id: string;
  @Field(() => ChannelKindEnum) kind: ChannelKind;
  @Field() name: string;
  @Field({ description: 'The target with its secret parts masked.' }) targetHint: string;
  @Field(() => [ChannelEventEnum]) events: ChannelEvent[];
  @Field({ description: 'zh-CN or en.' }) locale: string;
  @Field() enabled: boolean;
  @Field(() => String, { nullable: true }) disabledReason: string | null;
  @Field(() => Int) consecutiveFailures: number;
  @Field(() => Date, { nullable: true }) lastDeliveryAt: Date | null;
  @Field() createdAt: Date;

  managerId: string | null;
}

@ObjectType('ChannelDelivery')
export class ChannelDeliveryObject {
  @Field(() => ID) id: string;
  @Field(() => ChannelEventEnum) event: ChannelEvent;
  @Field(() => ChannelDeliveryStatusEnum) status: ChannelDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt.' })
  responseStatus: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The last failure, with the platform's own error code when it answered 200 with one.",
  })
  lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field({ description: 'The exact JSON body of the last attempt.' }) payload: string;
}

@ObjectType('ChannelDeliveryConnection')
export class ChannelDeliveryConnection extends Connection(
  ChannelDeliveryObject,
  'ChannelDelivery',
) {}

@ObjectType('CreatedNotificationChannel')
export class CreatedNotificationChannelObject {
  @Field(() => NotificationChannelObject) channel: NotificationChannelObject;
  @Field(() => String, {
    nullable: true,
    description: 'WEBHOOK only: the Standard Webhooks signing secret (whsec_...), shown once.',
  })
  signingSecret: string | null;
}
