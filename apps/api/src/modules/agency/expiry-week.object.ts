import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '../../engine/graphql/scalars';

@ObjectType('ExpiryWeek', {
  description: 'Documents of live entities expiring in one week (Monday to Sunday).',
})
export class ExpiryWeekObject {
  @Field(() => GraphQLDate) weekStart: string;
  @Field(() => Int) documents: number;
  @Field(() => Int) businessLicenses: number;
  @Field(() => Int) idCards: number;
}
