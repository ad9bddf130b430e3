import {
  DynamicModule,
  Global,
  MiddlewareConsumer,
  Module,
  NestModule,
  Type,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ClsMiddleware } from 'nestjs-cls';
import { AccessTokenService, accessTokenJwtModule } from './access-token.service';
import { AccessGuard } from './access.guard';
import { CredentialCache } from './credential-cache.service';
import { AuthMiddleware } from './auth.middleware';
import { GuestGate } from './guest-gate.service';
import { PasswordHasher } from './password-hasher.service';
import { PRINCIPAL_DIRECTORY, type PrincipalDirectory } from './principal-directory';
import { PrincipalResolver } from './principal-resolver.service';
import { RateLimiter } from './rate-limiter.service';

@Global()
@Module({
  imports: [accessTokenJwtModule()],
  providers: [
    AccessTokenService,
    PasswordHasher,
    PrincipalResolver,
    CredentialCache,
    RateLimiter,
    GuestGate,
    AuthMiddleware,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    AccessTokenService,
    PasswordHasher,
    PrincipalResolver,
    CredentialCache,
    RateLimiter,
    GuestGate,
  ],
})
export class AuthEngineModule implements NestModule {
  /**
   * `directory` looks members and API keys up (the application's: the engine knows no business
   * module).
   */
  static register(directory: Type<PrincipalDirectory>): DynamicModule {
    return {
      module: AuthEngineModule,
      providers: [{ provide: PRINCIPAL_DIRECTORY, useClass: directory }],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    // The request context first, then the caller who fills it.
    consumer.apply(ClsMiddleware, AuthMiddleware).forRoutes('*path');
  }
}
