import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../../engine/graphql/validators';
import type { ChannelEvent, ChannelKind } from '../adapters/channel-adapter';
import { ChannelEventEnum, ChannelKindEnum } from '../channel.objects';

@InputType()
export class CreateNotificationChannelInput {
  @Field(() => ChannelKindEnum) kind: ChannelKind;
  @Field() @IsNotBlank() @MaxLength(100) name: string;
  @Field() @IsString() @MaxLength(2000) url: string;
  @Field(() => String, {
    nullable: true,
    description: "DINGTALK and FEISHU: the robot's signing secret, when the robot signs.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  secret?: string | null;
  @Field(() => [ChannelEventEnum]) @ArrayMaxSize(50) events: ChannelEvent[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10) locale?:
    string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() managerId?: string | null;
}

@InputType()
export class UpdateNotificationChannelInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(100) name?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) url?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) secret?:
    string | null;
  @Field(() => [ChannelEventEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(50) events?:
    ChannelEvent[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10) locale?:
    string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() managerId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean | null;
}
