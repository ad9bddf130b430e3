import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Access } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import { VerificationCaseObject } from '../verification-case/verification-case.object';
import { CallPrepLinkObject, CallPrepObject } from './call-prep.objects';
import { CallPrepService } from './services/call-prep.service';

type HttpContext = { req: Request };

@Resolver()
export class CallPrepResolver {
  constructor(private readonly service: CallPrepService) {}

  @Access('writer')
  @Mutation(() => CallPrepLinkObject, {
    description:
      "The case's call-prep link for its legal representative; its url is shown this once. Revokes the case's previous link.",
  })
  createCallPrepLink(@Args('caseId', { type: () => ID }) caseId: string) {
    return this.service.create(caseId);
  }

  @Access('writer')
  @Mutation(() => CallPrepLinkObject)
  revokeCallPrepLink(@Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(id);
  }

  @Access('public')
  @Query(() => CallPrepObject, {
    description: 'Public (no credentials): the page a representative opens from a call-prep link.',
  })
  callPrep(@Args('token') token: string, @Context() context: HttpContext) {
    return this.service.open(token, clientAddress(context.req));
  }

  @Access('public')
  @Mutation(() => CallPrepObject, {
    description: 'Public (no credentials), with a call-prep token.',
  })
  tickCallPrepItem(
    @Args('token') token: string,
    @Args('key') key: string,
    @Args('done') done: boolean,
    @Context() context: HttpContext,
  ) {
    return this.service.tick(token, key, done, clientAddress(context.req));
  }

  @Access('public')
  @Mutation(() => CallPrepObject, {
    description: 'Public (no credentials), with a call-prep token.',
  })
  answerCallPrep(
    @Args('token') token: string,
    @Args('ready') ready: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Context() context: HttpContext,
  ) {
    return this.service.answer(token, ready, note, clientAddress(context.req));
  }
}

@Resolver(() => VerificationCaseObject)
export class CallPrepCaseResolver {
  constructor(private readonly service: CallPrepService) {}

  @ResolveField(() => CallPrepLinkObject, {
    nullable: true,
    description:
      "The case's newest call-prep link (revokedAt and expiresAt tell whether it still opens); its url is empty: the token is shown only when created.",
  })
  callPrepLink(verificationCase: VerificationCaseObject) {
    return this.service.newestForCase(verificationCase.id);
  }
}
