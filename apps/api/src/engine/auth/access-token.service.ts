import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';

export type AccessTokenClaims = { sub: string; agencyId: string };

/** Short-lived, signed access tokens. Membership and role are re-read on every request. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(claims: AccessTokenClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = this.jwt.sign(claims, {
      secret: this.config.AUTH_SECRET,
      expiresIn: ttl,
      algorithm: 'HS256',
      audience: 'veridesk',
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  verify(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.config.AUTH_SECRET,
        algorithms: ['HS256'],
        audience: 'veridesk',
      });
      return typeof claims.sub === 'string' && typeof claims.agencyId === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
