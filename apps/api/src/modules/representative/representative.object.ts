import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IdTypeEnum, RepresentativeRoleEnum } from '../../engine/graphql/enums';
import { GraphQLDate } from '../../engine/graphql/scalars';
import type { IdType, RepresentativeRole } from './representative.entity';

@ObjectType('Representative', {
  description: 'A legal representative (法人) or authorized signatory.',
})
export class RepresentativeObject {
  @Field(() => ID) id: string;
  @Field() fullName: string;
  @Field(() => RepresentativeRoleEnum) role: RepresentativeRole;
  @Field(() => IdTypeEnum) idType: IdType;
  @Field({
    description: 'First 6 and last 4 kept: 110105********002X. revealIdNumber shows it whole.',
  })
  idNumberMasked: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'null = valid long-term (长期).' })
  idExpiresOn: string | null;
  @Field(() => String, { nullable: true }) phoneMasked: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;

  agencyId: string;
  sellerEntityId: string;
}
