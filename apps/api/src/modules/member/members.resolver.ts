import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { clientAddress } from '../../engine/auth/rate-limiter.service';
import { AuthPayloadObject } from '../auth/viewer.object';
import { AuthResolverSupport, HttpContext, sessionClient } from '../auth/auth-resolver.support';
import { AcceptInvitationInput } from './dtos/accept-invitation.input';
import { InviteMemberInput } from './dtos/invite-member.input';
import { UpdateMemberRoleInput } from './dtos/update-member-role.input';
import { InvitationObject } from './invitation.object';
import { toMemberObject } from './member.mapper';
import { MemberObject } from './member.object';
import { InvitationService } from './services/invitation.service';
import { MemberService } from './services/member.service';

@Resolver()
export class MembersResolver {
  constructor(
    private readonly memberService: MemberService,
    private readonly invitationService: InvitationService,
    private readonly authSupport: AuthResolverSupport,
  ) {}

  @Query(() => [MemberObject])
  async members(): Promise<MemberObject[]> {
    return (await this.memberService.list()).map(toMemberObject);
  }

  @Access('admin')
  @Query(() => [InvitationObject], {
    description: 'Invitations not yet accepted, revoked or expired.',
  })
  invitations(): Promise<InvitationObject[]> {
    return this.invitationService.listPending();
  }

  @Access('admin')
  @Mutation(() => InvitationObject)
  inviteMember(@Args('input') input: InviteMemberInput): Promise<InvitationObject> {
    return this.invitationService.invite(input);
  }

  @Access('admin')
  @Mutation(() => InvitationObject)
  revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<InvitationObject> {
    return this.invitationService.revoke(id);
  }

  @Access('public')
  @Mutation(() => AuthPayloadObject, { description: 'Joins the agency and signs in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() context: HttpContext,
  ): Promise<AuthPayloadObject> {
    return this.authSupport.withCookie(
      await this.invitationService.accept(
        input,
        clientAddress(context.req),
        sessionClient(context.req),
      ),
      context,
    );
  }

  @Access('admin')
  @Mutation(() => MemberObject)
  async updateMemberRole(@Args('input') input: UpdateMemberRoleInput): Promise<MemberObject> {
    return toMemberObject(await this.memberService.updateRole(input.memberId, input.role));
  }

  @Access('admin')
  @Mutation(() => MemberObject)
  async removeMember(@Args('id', { type: () => ID }) id: string): Promise<MemberObject> {
    return toMemberObject(await this.memberService.remove(id));
  }
}
