import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_AGENCY_TIME_ZONE, normalizeEmail, slugify } from '@veridesk/domain';
import { AccessTokenService } from '../../../engine/auth/access-token.service';
import { PasswordHasher } from '../../../engine/auth/password-hasher.service';
import { passwordAttempt, RateLimiter } from '../../../engine/auth/rate-limiter.service';
import { isUniqueViolation } from '../../../engine/database/errors';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import type { Principal } from '../../../engine/tenancy/request-context';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { AuditService } from '../../audit/audit.service';
import { MembershipEntity } from '../../member/membership.entity';
import { SessionService, type SessionClient } from '../../session/session.service';
import { UserEntity } from '../../user/user.entity';
import type { SignUpInput } from '../dtos/sign-up.input';
import type { LoginInput } from '../dtos/login.input';
import type { AuthPayloadObject } from '../viewer.object';
import { TwoFactorService } from './two-factor.service';
import { ViewerService } from './viewer.service';

/**
 * What a successful sign-in hands back: the payload, and the session token for the cookie (none
 * when the browser already holds the newest cookie).
 */
export type SignedIn = {
  payload: AuthPayloadObject;
  session: { token: string; expiresAt: Date } | null;
};

const WRONG_CREDENTIALS = 'Email or password is incorrect.';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly rateLimiter: RateLimiter,
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /** Creates the agency, its first user and their OWNER membership, all or nothing. */
  async signUp(input: SignUpInput, client: SessionClient = {}): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password);
    const agencyId = randomUUID();
    return this.tenantContext.runInAgency(agencyId, async () => {
      const userId = await this.db.transaction(async (manager) => {
        await manager.insert(AgencyEntity, {
          id: agencyId,
          name: input.agencyName.trim(),
          // A random tail keeps slugs unique without revealing which names other agencies use.
          slug: `${slugify(input.agencyName)}-${randomBytes(3).toString('hex')}`,
          timeZone: input.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
          expiryWarningDays: 30,
        });
        const user = await this.createUser(manager, {
          email,
          name: input.name.trim(),
          passwordHash,
          timeZone: input.timeZone ?? DEFAULT_AGENCY_TIME_ZONE,
        });
        await manager.insert(MembershipEntity, { agencyId, userId: user.id, role: 'OWNER' });
        await this.audit.record({
          actor: `user:${email}`,
          action: 'agency.signUp',
          subjectType: 'Agency',
          subjectId: agencyId,
          changes: { name: input.agencyName.trim(), owner: email },
        });
        return user.id;
      });
      return this.signIn(agencyId, userId, client);
    });
  }

  /**
   * Checks credentials under per-account and per-address limits; never says which part was wrong.
   * A login with two-factor sign-in needs `otp` too: without it (and a right password) the answer is
   * TWO_FACTOR_REQUIRED, a wrong one counts like a wrong password.
   */
  async login(input: LoginInput, address: string, client: SessionClient = {}): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const attempt = passwordAttempt(email, address);
    await this.rateLimiter.assertAllowed(...attempt);
    const user = await this.db.system((manager) =>
      manager.findOne(UserEntity, {
        where: { email },
        select: { id: true, email: true, passwordHash: true, twoFactorEnabledAt: true },
      }),
    );
    const passwordOk = await this.passwords.verify(user?.passwordHash, input.password);
    const agencies = user && passwordOk ? await this.viewers.agenciesOf(user.id) : [];
    const agency = input.agencyId
      ? agencies.find((candidate) => candidate.id === input.agencyId)
      : agencies[0];
    if (!user || !passwordOk || !agency) {
      await this.rateLimiter.recordFailure(...attempt);
      throw DomainException.unauthenticated(WRONG_CREDENTIALS);
    }
    if (user.twoFactorEnabledAt) {
      if (!input.otp) throw DomainException.twoFactorRequired();
      const otp = input.otp;
      const accepted = await this.tenantContext.runInAgency(agency.id, () =>
        this.twoFactor.verifyAtSignIn(user.id, otp),
      );
      if (!accepted) {
        await this.rateLimiter.recordFailure(...attempt);
        throw DomainException.unauthenticated(
          'The code is incorrect or was already used. Enter the current code from your app.',
        );
      }
    }
    await this.rateLimiter.reset({ budget: 'account', key: email });
    return this.tenantContext.runInAgency(agency.id, () =>
      this.signIn(agency.id, user.id, { ...client, address }),
    );
  }

  /** Trades a session cookie for a fresh access token, rotating the cookie. */
  async refresh(sessionToken: string | undefined, client: SessionClient = {}): Promise<SignedIn> {
    const session = sessionToken ? await this.sessions.find(sessionToken) : null;
    if (!session) throw DomainException.unauthenticated('Your session has ended. Sign in again.');
    return this.tenantContext.runInAgency(session.agencyId, async () => {
      const principal = await this.memberPrincipal(session.agencyId, session.userId);
      if (!principal) {
        await this.sessions.revoke(session.id);
        throw DomainException.unauthenticated('You are no longer a member of this agency.');
      }
      const rotated = session.superseded ? null : await this.sessions.rotate(session.id, client);
      if (!rotated) await this.sessions.touch(session.id);
      return { payload: await this.payload(principal, session.id), session: rotated };
    });
  }

  async signOut(sessionToken: string | undefined): Promise<void> {
    const session = sessionToken ? await this.sessions.find(sessionToken) : null;
    if (!session) return;
    await this.tenantContext.runInAgency(session.agencyId, () => this.sessions.revoke(session.id));
  }

  /** Issues an access token and opens a session for a member; call inside their agency. */
  async signIn(agencyId: string, userId: string, client: SessionClient = {}): Promise<SignedIn> {
    const principal = await this.memberPrincipal(agencyId, userId);
    if (!principal) throw DomainException.unauthenticated(WRONG_CREDENTIALS);
    const session = await this.sessions.open(userId, client);
    return { payload: await this.payload(principal, session.id), session };
  }

  /** Inserts a login; only the system role may create users, before they belong anywhere. */
  async createUser(
    manager: EntityManager,
    user: Pick<UserEntity, 'email' | 'name' | 'passwordHash' | 'timeZone'>,
  ): Promise<UserEntity> {
    const id = randomUUID();
    try {
      await this.db.asSystem(manager, () =>
        manager.insert(UserEntity, { id, ...user, locale: 'zh-CN' }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_users_email')) {
        throw DomainException.conflict(
          'An account with this email already exists. Sign in instead.',
          [{ field: 'email', code: 'TAKEN', message: 'is already registered' }],
        );
      }
      throw error;
    }
    return { id, ...user, locale: 'zh-CN', createdAt: new Date() };
  }

  private async payload(principal: Principal, sessionId: string): Promise<AuthPayloadObject> {
    const { token, expiresAt } = this.accessTokens.issue({
      sub: principal.userId as string,
      agencyId: principal.agencyId,
      sid: sessionId,
    });
    this.tenantContext.enter({ ...principal, sessionId });
    const viewer = this.viewers.viewer(principal);
    // Read now, as the agency just entered (a sign-in's payload usually asks for the user).
    await this.viewers.rowsOf(viewer);
    return { token, expiresAt, viewer };
  }

  private async memberPrincipal(agencyId: string, userId: string): Promise<Principal | null> {
    return this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { agencyId, userId },
        relations: { user: true },
      });
      if (!membership?.user) return null;
      return {
        kind: 'user',
        agencyId,
        role: membership.role,
        userId,
        membershipId: membership.id,
        apiKeyId: null,
        label: `user:${membership.user.email}`,
      };
    });
  }
}
