import { randomBytes } from 'node:crypto';
import { DynamicModule, Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { CoreModule } from '@veridesk/api/app.module';
import {
  AccessTokenService,
  accessTokenJwtModule,
} from '@veridesk/api/engine/auth/access-token.service';
import { PasswordHasher } from '@veridesk/api/engine/auth/password-hasher.service';
import { PRINCIPAL_DIRECTORY } from '@veridesk/api/engine/auth/principal-directory';
import { PrincipalResolver } from '@veridesk/api/engine/auth/principal-resolver.service';
import { CredentialCache } from '@veridesk/api/engine/auth/credential-cache.service';
import { RateLimiter } from '@veridesk/api/engine/auth/rate-limiter.service';
import { AppConfig, loadConfig } from '@veridesk/api/engine/config/configuration';
import { runMigrations } from '@veridesk/api/engine/database/migrate';
import { AuthModule } from '@veridesk/api/modules/auth/auth.module';
import { PrincipalDirectoryService } from '@veridesk/api/modules/auth/services/principal-directory.service';
import { DocumentModule } from '@veridesk/api/modules/document/document.module';
import { ImportModule } from '@veridesk/api/modules/import/import.module';
import { MemberModule } from '@veridesk/api/modules/member/member.module';
import { RepresentativeModule } from '@veridesk/api/modules/representative/representative.module';
import { SellerEntityModule } from '@veridesk/api/modules/seller-entity/seller-entity.module';
import { StoreModule } from '@veridesk/api/modules/store/store.module';
import { VerificationCaseModule } from '@veridesk/api/modules/verification-case/verification-case.module';
import { ScaleSeedOptions, ScaleSeedReport, ScaleSeedService } from './scale-seed.service';

/**
 * Hashes each distinct password once. Every seeded login shares one password, and argon2 takes
 * about a second per hash on a small machine: 51 of them would outlast a 500-entity seed.
 */
class SharedPasswordHasher extends PasswordHasher {
  private readonly hashes = new Map<string, Promise<string>>();

  override hash(password: string): Promise<string> {
    const hash = this.hashes.get(password) ?? super.hash(password);
    this.hashes.set(password, hash);
    return hash;
  }
}

/** AuthEngineModule's services without its HTTP guard and middleware, with the shared hasher. */
@Global()
@Module({
  imports: [accessTokenJwtModule()],
  providers: [
    AccessTokenService,
    PrincipalResolver,
    CredentialCache,
    { provide: PRINCIPAL_DIRECTORY, useClass: PrincipalDirectoryService },
    RateLimiter,
    { provide: PasswordHasher, useClass: SharedPasswordHasher },
  ],
  exports: [AccessTokenService, PasswordHasher, PrincipalResolver, CredentialCache, RateLimiter],
})
class ScaleSeedAuthModule {}

/** The scale seed's context: the API's core and business services, without HTTP or GraphQL. */
@Module({})
export class ScaleSeedModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ScaleSeedModule,
      imports: [
        CoreModule.register(config),
        ScaleSeedAuthModule,
        AuthModule,
        MemberModule,
        ImportModule,
        SellerEntityModule,
        RepresentativeModule,
        StoreModule,
        DocumentModule,
        VerificationCaseModule,
      ],
      providers: [ScaleSeedService],
    };
  }
}

/**
 * The context `npm run seed:scale` runs in; close it when done. Create it before serving requests
 * from the same process: nestjs-cls resets process-wide state while a context starts.
 */
export function createScaleSeedContext(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(ScaleSeedModule.register(config), {
    logger: ['error', 'warn'],
  });
}

/**
 * The seed's configuration from the environment. Secrets left unset are generated for this run:
 * the seed signs no token anyone keeps, but pass the API's ID_ENCRYPTION_KEYS and ID_HASH_KEY to
 * reveal the seeded ID numbers through that API later.
 */
export function scaleSeedConfig(env: NodeJS.ProcessEnv): AppConfig {
  return loadConfig({
    LOG_LEVEL: 'warn',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `seed:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    ...env,
  });
}

/** Migrates the database (unless RUN_MIGRATIONS=false, as for the API) and seeds one agency. */
export async function runScaleSeed(
  config: AppConfig,
  options: ScaleSeedOptions,
): Promise<ScaleSeedReport> {
  const app = await createScaleSeedContext(config);
  try {
    if (config.RUN_MIGRATIONS) await runMigrations(app.get(DataSource));
    return await app.get(ScaleSeedService).seed(options);
  } finally {
    await app.close();
  }
}
