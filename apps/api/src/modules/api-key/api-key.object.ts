import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@veridesk/domain';
import { RoleEnum } from '../../engine/graphql/enums';

@ObjectType('ApiKey')
export class ApiKeyObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The non-secret start of the key, to tell keys apart.' }) prefix: string;
  @Field(() => RoleEnum) role: Role;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyObject {
  @Field(() => ApiKeyObject) apiKey: ApiKeyObject;
  @Field({ description: 'Shown once. Send as `Authorization: Bearer <secret>`.' }) secret: string;
}
