import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowBeforeTwoFactor } from '../../engine/auth/access.decorator';
import { DomainException } from '../../engine/exceptions/domain.exception';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { deviceOf } from './device';
import { SessionService } from './session.service';
import { SignInSessionObject } from './sign-in-session.object';

@Resolver(() => SignInSessionObject)
export class SignInSessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly tenantContext: TenantContext,
  ) {}

  @AllowBeforeTwoFactor()
  @Query(() => [SignInSessionObject], {
    description: "The viewer's own live browser sessions in this agency, most recently used first.",
  })
  async signInSessions(): Promise<SignInSessionObject[]> {
    const principal = this.tenantContext.principal;
    if (!principal.userId || principal.kind !== 'user') return [];
    const sessions = await this.sessions.listLive(principal.userId);
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      userAgent: session.userAgent,
      ipAddress: session.ipAddress,
      current: session.id === principal.sessionId,
      device: deviceOf(session.userAgent),
    }));
  }

  @AllowBeforeTwoFactor()
  @Mutation(() => Boolean, {
    description:
      "Ends one of the viewer's sessions: its refresh fails at once, its access token within ACCESS_TOKEN_TTL_SECONDS. Another user's session is NOT_FOUND.",
  })
  async revokeSignInSession(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const principal = this.tenantContext.principal;
    if (!principal.userId || principal.kind !== 'user') throw DomainException.notFound('Session');
    await this.sessions.revokeOwn(principal.userId, id);
    return true;
  }
}
