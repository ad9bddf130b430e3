import { Field, ID, InputType } from '@nestjs/graphql';
import type { Site } from '@veridesk/domain';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { SiteEnum, StoreModuleEnum, StoreStatusEnum } from '../../../engine/graphql/enums';
import { IsNotBlank, NormalizedIdentifier } from '../../../engine/graphql/validators';
import type { StoreModule, StoreStatus } from '../store.entity';

@InputType()
export class AddStoreInput {
  @Field(() => ID) @IsString() sellerEntityId: string;
  @Field(() => SiteEnum) site: Site;
  @Field() @IsNotBlank() @MaxLength(200) shopName: string;
  @Field({
    description:
      'Normalised like every identifier: spaces, tabs and zero-width characters removed, full-width characters made ASCII, upper-cased.',
  })
  @NormalizedIdentifier()
  @IsNotBlank()
  @MaxLength(64)
  lazadaSellerId: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  categories?: string[] | null;
}

@InputType()
export class UpdateStoreStatusInput {
  @Field(() => ID) @IsString() storeId: string;
  @Field(() => StoreStatusEnum) status: StoreStatus;
  @Field(() => [StoreModuleEnum], {
    nullable: true,
    description: 'Defaults to all three when restricting.',
  })
  @IsOptional()
  restrictedModules?: StoreModule[] | null;
  @Field(() => Date, { nullable: true }) @IsOptional() freezeUntil?: Date | null;
}
