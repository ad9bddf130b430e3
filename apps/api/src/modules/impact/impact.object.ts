import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Site } from '@veridesk/domain';
import { ImpactCode, ImpactCodeEnum, SiteEnum } from '../../engine/graphql/enums';
import { Connection } from '../../engine/graphql/pagination';
import { GraphQLDate } from '../../engine/graphql/scalars';
import { StoreObject } from '../store/store.object';

@ObjectType('ImpactReason')
export class ImpactReasonObject {
  @Field(() => ImpactCodeEnum) code: ImpactCode;
  @Field() message: string;
  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'When it bites: the expiry or deadline date.',
  })
  dueOn: string | null;
  @Field(() => ID, { nullable: true }) documentId: string | null;
  @Field(() => ID, { nullable: true }) representativeId: string | null;
  @Field(() => ID, { nullable: true }) caseId: string | null;
}

@ObjectType('AffectedStore')
export class AffectedStoreObject {
  @Field(() => StoreObject) store: StoreObject;
  @Field(() => [ImpactReasonObject], { description: 'Most urgent first.' })
  reasons: ImpactReasonObject[];
}

@ObjectType('AffectedStoreConnection')
export class AffectedStoreConnection extends Connection(AffectedStoreObject, 'AffectedStore') {}

@ObjectType('SiteCount')
export class SiteCountObject {
  @Field(() => SiteEnum) site: Site;
  @Field(() => Int) stores: number;
  @Field(() => Int) affected: number;
  @Field(() => Int) restricted: number;
}

@ObjectType('PortfolioSummary')
export class PortfolioSummaryObject {
  @Field(() => Int) sellerEntities: number;
  @Field(() => Int) stores: number;
  @Field(() => Int) openCases: number;
  @Field(() => Int) overdueCases: number;
  @Field(() => Int) expiringDocuments: number;
  @Field(() => Int) expiredDocuments: number;
  @Field(() => [SiteCountObject]) bySite: SiteCountObject[];
}
