import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Agency')
export class AgencyObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field({ description: 'IANA zone; "today" for expiries and digests is the date here.' })
  timeZone: string;
  @Field(() => Int, { description: 'Documents expiring within this many days are EXPIRING_SOON.' })
  expiryWarningDays: number;
  @Field({
    description:
      'OWNERs and ADMINs must turn two-factor sign-in on before anything else (they may sign in to set it up).',
  })
  requireTwoFactor: boolean;
}
