import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Site } from '@veridesk/domain';
import { SiteEnum, StoreModuleEnum, StoreStatusEnum } from '../../engine/graphql/enums';
import type { StoreModule, StoreStatus } from './store.entity';

@ObjectType('Store', { description: 'One Lazada shop of an entity on one site.' })
export class StoreObject {
  @Field(() => ID) id: string;
  @Field(() => SiteEnum) site: Site;
  @Field() shopName: string;
  @Field() lazadaSellerId: string;
  @Field(() => [String]) categories: string[];
  @Field(() => StoreStatusEnum) status: StoreStatus;
  @Field(() => [StoreModuleEnum]) restrictedModules: StoreModule[];
  @Field(() => Date, { nullable: true }) freezeUntil: Date | null;
  @Field() statusChangedAt: Date;

  agencyId: string;
  sellerEntityId: string;
}
