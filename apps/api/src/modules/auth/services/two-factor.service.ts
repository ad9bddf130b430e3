import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Secret, TOTP as Totp } from 'otpauth';
import type { EntityManager } from 'typeorm';
import {
  normalizeRecoveryCode,
  otpauthUrl,
  RECOVERY_CODE_COUNT,
  TOTP,
  totpCodeOf,
} from '@veridesk/domain';
import {
  memberCredentialKey,
  CredentialCache,
} from '../../../engine/auth/credential-cache.service';
import { passwordAttempt, RateLimiter } from '../../../engine/auth/rate-limiter.service';
import { sha256 } from '../../../engine/auth/secrets';
import { Clock } from '../../../engine/clock/clock';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../user/user.entity';

type TwoFactorRow = {
  id: string;
  email: string;
  two_factor_ciphertext: string | null;
  two_factor_key_id: string | null;
  two_factor_enabled_at: Date | null;
  two_factor_pending_ciphertext: string | null;
  two_factor_pending_key_id: string | null;
};

// 10 characters of base32 (50 bits) each, shown as "abcde-fghij".
const RECOVERY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * Two-factor sign-in of the signed-in user (RFC 6238 TOTP through `otpauth`): the setup, turning it
 * on and off, and checking a code at sign-in. The secret is sealed by PersonalDataCipher, like ID
 * numbers; a time step is accepted once (the UPDATE that records it is the check, so two requests
 * with the same code cannot both pass); recovery codes are kept as SHA-256 and removed when used.
 * Wrong codes spend the sign-in budgets (RateLimiter) of the account and the address.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    private readonly credentials: CredentialCache,
    private readonly audit: AuditService,
  ) {}

  /** A fresh secret for the signed-in user, pending until confirm() sees a code of it. */
  async start(): Promise<{ secret: string; otpauthUrl: string }> {
    const userId = this.currentUserId();
    return this.db.transaction(async (manager) => {
      const user = await this.read(manager, userId);
      if (user.two_factor_enabled_at)
        throw DomainException.conflict(
          'Two-factor sign-in is already on. Turn it off first to set up another app.',
        );
      const secret = new Secret({ size: 20 }).base32;
      const sealed = this.cipher.seal(secret);
      await manager.update(
        UserEntity,
        { id: userId },
        { twoFactorPendingCiphertext: sealed.ciphertext, twoFactorPendingKeyId: sealed.keyId },
      );
      return { secret, otpauthUrl: otpauthUrl(user.email, secret) };
    });
  }

  /** Turns two-factor sign-in on with a current code of the pending secret; returns the recovery codes. */
  async confirm(code: string, address: string): Promise<string[]> {
    const userId = this.currentUserId();
    const codes = await this.db.transaction(async (manager) => {
      const user = await this.read(manager, userId);
      if (user.two_factor_enabled_at)
        throw DomainException.conflict('Two-factor sign-in is already on.');
      if (!user.two_factor_pending_ciphertext || !user.two_factor_pending_key_id)
        throw DomainException.field('code', 'NOT_STARTED', 'start the setup first');
      const attempt = passwordAttempt(user.email, address);
      await this.rateLimiter.assertAllowed(...attempt);
      const secret = this.cipher.open({
        ciphertext: user.two_factor_pending_ciphertext,
        keyId: user.two_factor_pending_key_id,
      });
      const step = this.stepOf(secret, code);
      if (step === null) {
        await this.rateLimiter.recordFailure(...attempt);
        throw DomainException.field('code', 'INVALID_CODE', 'is not the current code of the app');
      }
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
      await manager.update(
        UserEntity,
        { id: userId },
        {
          twoFactorCiphertext: user.two_factor_pending_ciphertext,
          twoFactorKeyId: user.two_factor_pending_key_id,
          twoFactorPendingCiphertext: null,
          twoFactorPendingKeyId: null,
          twoFactorEnabledAt: this.clock.now(),
          twoFactorLastStep: String(step),
          twoFactorRecoveryHashes: recoveryCodes.map((c) => sha256(normalizeRecoveryCode(c))),
        },
      );
      await this.audit.record({
        action: 'user.enableTwoFactor',
        subjectType: 'User',
        subjectId: userId,
      });
      return recoveryCodes;
    });
    await this.credentials.revoke(memberCredentialKey(this.tenantContext.agencyId, userId));
    return codes;
  }

  /** Turns two-factor sign-in off; needs a current code (or a recovery code). */
  async disable(code: string, address: string): Promise<boolean> {
    const userId = this.currentUserId();
    await this.db.transaction(async (manager) => {
      const user = await this.read(manager, userId);
      if (!user.two_factor_enabled_at)
        throw DomainException.conflict('Two-factor sign-in is not on.');
      const attempt = passwordAttempt(user.email, address);
      await this.rateLimiter.assertAllowed(...attempt);
      if (!(await this.consume(manager, user, code))) {
        await this.rateLimiter.recordFailure(...attempt);
        throw DomainException.field('code', 'INVALID_CODE', 'is not a current code of the app');
      }
      await manager.update(
        UserEntity,
        { id: userId },
        {
          twoFactorCiphertext: null,
          twoFactorKeyId: null,
          twoFactorPendingCiphertext: null,
          twoFactorPendingKeyId: null,
          twoFactorEnabledAt: null,
          twoFactorLastStep: null,
          twoFactorRecoveryHashes: [],
        },
      );
      await this.audit.record({
        action: 'user.disableTwoFactor',
        subjectType: 'User',
        subjectId: userId,
      });
    });
    await this.credentials.revoke(memberCredentialKey(this.tenantContext.agencyId, userId));
    return true;
  }

  /**
   * Whether `code` (a current TOTP code not used before, or an unused recovery code) signs this user
   * in; a code that does is used up. Call inside the agency being entered.
   */
  verifyAtSignIn(userId: string, code: string): Promise<boolean> {
    return this.db.transaction(async (manager) =>
      this.consume(manager, await this.read(manager, userId), code),
    );
  }

  private async consume(
    manager: EntityManager,
    user: TwoFactorRow,
    code: string,
  ): Promise<boolean> {
    if (!user.two_factor_ciphertext || !user.two_factor_key_id) return false;
    if (totpCodeOf(code)) {
      const secret = this.cipher.open({
        ciphertext: user.two_factor_ciphertext,
        keyId: user.two_factor_key_id,
      });
      const step = this.stepOf(secret, code);
      if (step === null) return false;
      // Recording the step is the replay check: a step at or before the last accepted one fails.
      const [, affected] = (await manager.query(
        `UPDATE users SET two_factor_last_step = $2
          WHERE id = $1 AND (two_factor_last_step IS NULL OR two_factor_last_step < $2)`,
        [user.id, step],
      )) as [unknown, number];
      return affected === 1;
    }
    const hash = sha256(normalizeRecoveryCode(code));
    const [, affected] = (await manager.query(
      `UPDATE users SET two_factor_recovery_hashes = array_remove(two_factor_recovery_hashes, $2)
        WHERE id = $1 AND $2 = ANY(two_factor_recovery_hashes)`,
      [user.id, hash],
    )) as [unknown, number];
    return affected === 1;
  }

  /** The time step `code` belongs to (within one step of now), or null. */
  private stepOf(secret: string, code: string): number | null {
    const token = totpCodeOf(code);
    if (!token) return null;
    const totp = new Totp({
      issuer: TOTP.issuer,
      algorithm: TOTP.algorithm,
      digits: TOTP.digits,
      period: TOTP.period,
      secret: Secret.fromBase32(secret),
    });
    const timestamp = this.clock.now().getTime();
    const delta = totp.validate({ token, timestamp, window: TOTP.window });
    if (delta === null) return null;
    return Math.floor(timestamp / 1000 / TOTP.period) + delta;
  }

  private async read(manager: EntityManager, userId: string): Promise<TwoFactorRow> {
    const [row] = (await manager.query(
      `SELECT id, email, two_factor_ciphertext, two_factor_key_id, two_factor_enabled_at,
              two_factor_pending_ciphertext, two_factor_pending_key_id
         FROM users WHERE id = $1`,
      [userId],
    )) as TwoFactorRow[];
    if (!row) throw DomainException.unauthenticated();
    return row;
  }

  private currentUserId(): string {
    const principal = this.tenantContext.principal;
    if (principal.kind !== 'user' || !principal.userId)
      throw DomainException.forbidden('Two-factor sign-in belongs to a person, not an API key.');
    return principal.userId;
  }
}

function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % 32]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
