import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { ApiKeyObject, CreatedApiKeyObject } from './api-key.object';
import { CreateApiKeyInput } from './dtos/create-api-key.input';
import { ApiKeyService } from './services/api-key.service';

@Access('admin')
@Resolver()
export class ApiKeysResolver {
  constructor(private readonly apiKeyService: ApiKeyService) {}

  @Query(() => [ApiKeyObject])
  apiKeys(): Promise<ApiKeyObject[]> {
    return this.apiKeyService.list();
  }

  @Mutation(() => CreatedApiKeyObject)
  createApiKey(@Args('input') input: CreateApiKeyInput): Promise<CreatedApiKeyObject> {
    return this.apiKeyService.create(input);
  }

  @Mutation(() => ApiKeyObject)
  revokeApiKey(@Args('id', { type: () => ID }) id: string): Promise<ApiKeyObject> {
    return this.apiKeyService.revoke(id);
  }
}
