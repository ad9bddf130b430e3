import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllowBeforeTwoFactor } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import type { HttpContext } from './auth-resolver.support';
import { TwoFactorService } from './services/two-factor.service';
import { TwoFactorSetupObject } from './two-factor.object';

@Resolver()
export class TwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @AllowBeforeTwoFactor()
  @Mutation(() => TwoFactorSetupObject, {
    description: 'A fresh TOTP secret for the signed-in user; confirmTwoFactor turns it on.',
  })
  startTwoFactorSetup(): Promise<TwoFactorSetupObject> {
    return this.twoFactor.start();
  }

  @AllowBeforeTwoFactor()
  @Mutation(() => [String], {
    description: 'Turns two-factor sign-in on; returns 10 single-use recovery codes, shown once.',
  })
  confirmTwoFactor(@Args('code') code: string, @Context() context: HttpContext): Promise<string[]> {
    return this.twoFactor.confirm(code, clientAddress(context.req));
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off; needs a current code.' })
  disableTwoFactor(@Args('code') code: string, @Context() context: HttpContext): Promise<boolean> {
    return this.twoFactor.disable(code, clientAddress(context.req));
  }
}
