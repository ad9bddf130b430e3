import { Inject, Injectable } from '@nestjs/common';
import { addDays, canGrantRole, INVITATION_TTL_DAYS, normalizeEmail } from '@veridesk/domain';
import { IsNull, MoreThan } from 'typeorm';
import { PasswordHasher } from '../../../engine/auth/password-hasher.service';
import { passwordAttempt, RateLimiter } from '../../../engine/auth/rate-limiter.service';
import { randomSecret, sha256 } from '../../../engine/auth/secrets';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { AuthService, SignedIn } from '../../auth/services/auth.service';
import { TwoFactorService } from '../../auth/services/two-factor.service';
import type { SessionClient } from '../../session/session.service';
import { UserEntity } from '../../user/user.entity';
import type { AcceptInvitationInput } from '../dtos/accept-invitation.input';
import type { InviteMemberInput } from '../dtos/invite-member.input';
import { InvitationEntity } from '../invitation.entity';
import type { InvitationObject } from '../invitation.object';
import { MembershipEntity } from '../membership.entity';

@Injectable()
export class InvitationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly passwords: PasswordHasher,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Invites someone by email; a pending invitation to the same address is replaced. */
  async invite(input: InviteMemberInput): Promise<InvitationObject> {
    const actor = this.tenantContext.principal;
    if (!canGrantRole(actor.role, input.role)) {
      throw DomainException.forbidden('Only an OWNER may invite another OWNER.');
    }
    const email = normalizeEmail(input.email);
    const token = randomSecret();
    const invitation = await this.db.transaction(async (manager) => {
      const member = await manager
        .createQueryBuilder(MembershipEntity, 'membership')
        .innerJoin('membership.user', 'user')
        .where('user.email = :email', { email })
        .getOne();
      if (member) {
        throw DomainException.conflict('This person is already a member.', [
          { field: 'email', code: 'ALREADY_MEMBER', message: 'is already a member of this agency' },
        ]);
      }
      await manager.update(
        InvitationEntity,
        { email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const created = manager.create(InvitationEntity, {
        agencyId: actor.agencyId,
        email,
        name: input.name.trim(),
        role: input.role,
        tokenHash: sha256(token),
        invitedById: actor.userId,
        expiresAt: addDays(new Date(), INVITATION_TTL_DAYS),
      });
      await manager.save(created);
      await this.audit.record({
        action: 'member.invite',
        subjectType: 'Invitation',
        subjectId: created.id,
        changes: { email, role: input.role },
      });
      return created;
    });
    return this.toObject(invitation, token);
  }

  listPending(): Promise<InvitationObject[]> {
    return this.db.transaction(async (manager) => {
      const pending = await manager.find(InvitationEntity, {
        where: { acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        order: { createdAt: 'DESC' },
      });
      return pending.map((invitation) => this.toObject(invitation));
    });
  }

  async revoke(id: string): Promise<InvitationObject> {
    return this.db.transaction(async (manager) => {
      const invitation = await manager.findOneBy(InvitationEntity, {
        id: assertId(id, 'Invitation'),
      });
      if (!invitation) throw DomainException.notFound('Invitation');
      if (!invitation.revokedAt && !invitation.acceptedAt) {
        invitation.revokedAt = new Date();
        await manager.update(
          InvitationEntity,
          { id: invitation.id },
          { revokedAt: invitation.revokedAt },
        );
        await this.audit.record({
          action: 'member.revokeInvitation',
          subjectType: 'Invitation',
          subjectId: invitation.id,
          changes: { email: invitation.email },
        });
      }
      return this.toObject(invitation);
    });
  }

  /**
   * Joins the agency the token names, creating the login or, when the email already has one,
   * checking its password. Single use: a second acceptance finds the invitation used. Unknown
   * tokens count against the address, wrong passwords against the account and the address, in
   * the budgets sign-in spends.
   */
  async accept(
    input: AcceptInvitationInput,
    address: string,
    client: SessionClient = {},
  ): Promise<SignedIn> {
    const addressBudget = { budget: 'address' as const, key: address };
    await this.rateLimiter.assertAllowed(addressBudget);
    const tokenHash = sha256(input.token);
    const found = await this.db.system(async (manager) => ({
      invitation: await manager.findOneBy(InvitationEntity, { tokenHash }),
    }));
    const invitation = found.invitation;
    if (!invitation || invitation.revokedAt) {
      await this.rateLimiter.recordFailure(addressBudget);
      throw DomainException.field('token', 'INVALID', 'This invitation link is not valid.');
    }
    if (invitation.acceptedAt) {
      throw DomainException.field('token', 'USED', 'This invitation has already been used.');
    }
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw DomainException.field(
        'token',
        'EXPIRED',
        'This invitation has expired. Ask for a new one.',
      );
    }
    const existing = await this.db.system((manager) =>
      manager.findOne(UserEntity, {
        where: { email: invitation.email },
        select: { id: true, email: true, passwordHash: true, twoFactorEnabledAt: true },
      }),
    );
    const attempt = passwordAttempt(invitation.email, address);
    if (existing) await this.rateLimiter.assertAllowed(...attempt);
    if (existing && !(await this.passwords.verify(existing.passwordHash, input.password))) {
      await this.rateLimiter.recordFailure(...attempt);
      throw DomainException.unauthenticated(
        'This email already has a VeriDesk login: enter its current password to join.',
      );
    }
    const passwordHash = existing ? undefined : await this.passwords.hash(input.password);

    return this.tenantContext.runInAgency(invitation.agencyId, async () => {
      const userId = await this.db.transaction(async (manager) => {
        const claimed = await manager.update(
          InvitationEntity,
          { id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull() },
          { acceptedAt: new Date() },
        );
        if (!claimed.affected) {
          throw DomainException.field('token', 'USED', 'This invitation has already been used.');
        }
        const user =
          existing ??
          (await this.auth.createUser(manager, {
            email: invitation.email,
            name: input.name.trim(),
            passwordHash: passwordHash as string,
            timeZone: 'Asia/Shanghai',
          }));
        const already = await manager.findOneBy(MembershipEntity, { userId: user.id });
        if (already) throw DomainException.conflict('You are already a member of this agency.');
        await manager.insert(MembershipEntity, {
          agencyId: invitation.agencyId,
          userId: user.id,
          role: invitation.role,
        });
        // Joining signs the login in: one with two-factor sign-in needs its code, as at login
        // (checked now that the membership shows the login to this agency; a refusal undoes it).
        if (existing?.twoFactorEnabledAt) {
          if (!input.otp) throw DomainException.twoFactorRequired();
          if (!(await this.twoFactor.verifyAtSignIn(user.id, input.otp))) {
            await this.rateLimiter.recordFailure(...attempt);
            throw DomainException.unauthenticated(
              'The code is incorrect or was already used. Enter the current code from your app.',
            );
          }
        }
        await this.audit.record({
          actor: `user:${invitation.email}`,
          action: 'member.acceptInvitation',
          subjectType: 'Invitation',
          subjectId: invitation.id,
          changes: { email: invitation.email, role: invitation.role },
        });
        return user.id;
      });
      return this.auth.signIn(invitation.agencyId, userId, client);
    });
  }

  private toObject(invitation: InvitationEntity, token?: string): InvitationObject {
    const base = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/accept-invitation`;
    return {
      id: invitation.id,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
      acceptUrl: token ? `${base}?token=${encodeURIComponent(token)}` : base,
    };
  }
}
