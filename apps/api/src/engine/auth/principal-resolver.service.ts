import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../tenancy/request-context';
import { AccessTokenService } from './access-token.service';
import {
  apiKeyCredentialKey,
  CredentialCache,
  memberCredentialKey,
} from './credential-cache.service';
import { PRINCIPAL_DIRECTORY, type PrincipalDirectory } from './principal-directory';
import { RateLimiter } from './rate-limiter.service';
import { apiKeyPrefixOf, sameHash, sha256 } from './secrets';

// lastUsedAt is written at most this often per key, not on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Turns a bearer credential (access token or API key) into a principal, or null. */
@Injectable()
export class PrincipalResolver {
  constructor(
    private readonly tokens: AccessTokenService,
    @Inject(PRINCIPAL_DIRECTORY) private readonly directory: PrincipalDirectory,
    private readonly rateLimiter: RateLimiter,
    private readonly credentials: CredentialCache,
  ) {}

  /**
   * API keys are rate-limited: each key's requests, and each address's unknown or revoked keys
   * (checked before the lookup, so a guessing address stops reaching the database).
   */
  async resolve(bearer: string, address: string): Promise<Principal | null> {
    const prefix = apiKeyPrefixOf(bearer);
    if (!prefix) return this.fromAccessToken(bearer);
    const addressBudget = { budget: 'apiKeyAddress' as const, key: address };
    await this.rateLimiter.assertAllowed(addressBudget);
    const principal = await this.fromApiKey(prefix, bearer);
    if (!principal) await this.rateLimiter.recordFailure(addressBudget);
    return principal;
  }

  private async fromAccessToken(token: string): Promise<Principal | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    // The membership behind the token, with its user: one statement as the system role, then
    // remembered briefly (CredentialCache).
    const membership = await this.credentials.get(
      memberCredentialKey(claims.agencyId, claims.sub),
      () => this.directory.member(claims.agencyId, claims.sub),
    );
    if (!membership) return null;
    return {
      kind: 'user',
      agencyId: membership.agencyId,
      role: membership.role,
      userId: membership.userId,
      membershipId: membership.membershipId,
      apiKeyId: null,
      sessionId: claims.sid ?? null,
      mustSetUpTwoFactor: membership.mustSetUpTwoFactor,
      label: `user:${membership.email}`,
    };
  }

  private async fromApiKey(prefix: string, secret: string): Promise<Principal | null> {
    const key = await this.credentials.get(apiKeyCredentialKey(prefix), () =>
      this.directory.apiKey(prefix),
    );
    if (!key || !sameHash(key.secretHash, sha256(secret))) return null;
    await this.rateLimiter.consume({ budget: 'apiKey', key: key.id });
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      // The remembered key too, so the requests that follow do not write it again.
      key.lastUsedAt = new Date();
      await this.directory.touchApiKey(key, key.lastUsedAt);
    }
    return {
      kind: 'api-key',
      agencyId: key.agencyId,
      role: key.role,
      userId: key.createdById,
      membershipId: null,
      apiKeyId: key.id,
      label: `api-key:${key.prefix}`,
    };
  }
}
