import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { ConfigModule } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { CryptoModule } from '../../engine/crypto/crypto.module';
import { ENTITIES } from '../../database/entities';
import { DatabaseModule } from '../../engine/database/database.module';
import { KeyRotationService } from './services/key-rotation.service';

/** The key rotation command's context: configuration, database and cipher; no HTTP, Redis or queues. */
@Module({})
export class KeyRotationModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: KeyRotationModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot(ENTITIES),
        CryptoModule,
      ],
      providers: [KeyRotationService],
    };
  }
}

/**
 * The context `npm run rotate-keys` runs in; close it when done. Create it before serving requests
 * from the same process: nestjs-cls resets process-wide state while a context starts.
 */
export function createKeyRotationContext(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(KeyRotationModule.register(config), {
    logger: ['error', 'warn'],
  });
}
