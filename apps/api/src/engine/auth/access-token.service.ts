import { createSecretKey } from 'node:crypto';
import { DynamicModule, Inject, Injectable } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';

/** `sid`: the browser session the token was issued for (its list marks it as the current one). */
export type AccessTokenClaims = { sub: string; agencyId: string; sid?: string };

const AUDIENCE = 'veridesk';

/**
 * The JwtModule access tokens are signed and checked with: HS256 under AUTH_SECRET, made a key
 * once (given the string, jsonwebtoken would try parsing it as a PEM key on every request).
 */
export function accessTokenJwtModule(): DynamicModule {
  return JwtModule.registerAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      secret: createSecretKey(Buffer.from(config.AUTH_SECRET, 'utf8')),
      signOptions: { algorithm: 'HS256', audience: AUDIENCE },
      verifyOptions: { algorithms: ['HS256'], audience: AUDIENCE },
    }),
  });
}

/** Short-lived, signed access tokens. Membership and role are re-read on every request. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(claims: AccessTokenClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign(claims, { expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  verify(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token);
      return typeof claims.sub === 'string' && typeof claims.agencyId === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
