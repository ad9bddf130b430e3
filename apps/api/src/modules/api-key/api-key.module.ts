import { Module } from '@nestjs/common';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeyService } from './services/api-key.service';

@Module({ providers: [ApiKeyService, ApiKeysResolver] })
export class ApiKeyModule {}
