import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User')
export class UserObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() timeZone: string;
  @Field({ description: 'zh-CN or en' }) locale: string;
  /** Read by ProfileResolver.twoFactorEnabled. */
  twoFactorEnabledAt?: Date | null;
}
