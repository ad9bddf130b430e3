import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../engine/graphql/pagination';

/** Relations and statuses are field resolvers (SellerEntityFieldsResolver), batched per request. */
@ObjectType('SellerEntity', { description: 'A seller legal entity (主体).' })
export class SellerEntityObject {
  @Field(() => ID) id: string;
  @Field() legalName: string;
  @Field(() => String, { nullable: true }) englishName: string | null;
  @Field({ description: 'Unified social credit code (统一社会信用代码), upper-case.' })
  uscc: string;
  @Field({ description: 'The legal representative registered with Lazada.' })
  registeredRepresentativeName: string;
  @Field(() => [String]) businessScope: string[];
  @Field(() => Int) violationsLast90Days: number;
  @Field() needsChineseSupport: boolean;
  @Field() chineseSupportRequested: boolean;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  agencyId: string;
  managerId: string | null;
}

@ObjectType('SellerEntityConnection')
export class SellerEntityConnection extends Connection(SellerEntityObject, 'SellerEntity') {}
