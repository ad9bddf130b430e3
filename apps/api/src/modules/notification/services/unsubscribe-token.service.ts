import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';

export type UnsubscribeClaims = { agencyId: string; membershipId: string };

/** Signed links that turn a member's digest off without signing in (HMAC of agency and member). */
@Injectable()
export class UnsubscribeTokens {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(claims: UnsubscribeClaims): string {
    const payload = `${claims.agencyId}.${claims.membershipId}`;
    return `${Buffer.from(payload).toString('base64url')}.${this.mac(payload)}`;
  }

  verify(token: string): UnsubscribeClaims | null {
    const [encoded, mac] = token.split('.');
    if (!encoded || !mac) return null;
    const payload = Buffer.from(encoded, 'base64url').toString('utf8');
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [agencyId, membershipId] = payload.split('.');
    return agencyId && membershipId ? { agencyId, membershipId } : null;
  }

  url(claims: UnsubscribeClaims): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/unsubscribe?token=${this.sign(claims)}`;
  }

  private mac(payload: string): string {
    return createHmac('sha256', `${this.config.AUTH_SECRET}:unsubscribe`)
      .update(payload)
      .digest('base64url');
  }
}
