import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, AllowBeforeTwoFactor } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuthResolverSupport, HttpContext, sessionClient } from './auth-resolver.support';
import { LoginInput } from './dtos/login.input';
import { SignUpInput } from './dtos/sign-up.input';
import { AuthService } from './services/auth.service';
import { ViewerService } from './services/viewer.service';
import { readSessionCookie } from './session-cookie';
import { AuthPayloadObject, ViewerObject } from './viewer.object';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
    private readonly tenantContext: TenantContext,
    private readonly support: AuthResolverSupport,
  ) {}

  @AllowBeforeTwoFactor()
  @Query(() => ViewerObject, { description: 'Who is calling, in which agency, with which role.' })
  me(): ViewerObject {
    return this.viewers.viewer(this.tenantContext.principal);
  }

  @Access('public')
  @Mutation(() => AuthPayloadObject, { description: 'Creates an agency and its OWNER.' })
  async signUp(@Args('input') input: SignUpInput, @Context() context: HttpContext) {
    return this.support.withCookie(
      await this.auth.signUp(input, sessionClient(context.req)),
      context,
    );
  }

  @Access('public')
  @Mutation(() => AuthPayloadObject)
  async login(@Args('input') input: LoginInput, @Context() context: HttpContext) {
    return this.support.withCookie(
      await this.auth.login(input, clientAddress(context.req), sessionClient(context.req)),
      context,
    );
  }

  @Access('public')
  @Mutation(() => AuthPayloadObject, {
    description: 'Renews the access token from the httpOnly session cookie set at sign-in.',
  })
  async refreshSession(@Context() context: HttpContext) {
    return this.support.withCookie(
      await this.auth.refresh(readSessionCookie(context.req), sessionClient(context.req)),
      context,
    );
  }

  @Access('public')
  @Mutation(() => Boolean, { description: 'Ends the browser session behind the cookie.' })
  async signOut(@Context() context: HttpContext): Promise<boolean> {
    await this.auth.signOut(readSessionCookie(context.req));
    this.support.clearCookie(context);
    return true;
  }
}
