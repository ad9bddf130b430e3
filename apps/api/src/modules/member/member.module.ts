import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MembersResolver } from './members.resolver';
import { InvitationService } from './services/invitation.service';
import { MemberService } from './services/member.service';

@Module({
  imports: [AuthModule],
  providers: [MemberService, InvitationService, MembersResolver],
  exports: [InvitationService],
})
export class MemberModule {}
