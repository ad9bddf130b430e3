import { Module } from '@nestjs/common';
import { SessionService } from './session.service';
import { SignInSessionResolver } from './sign-in-session.resolver';

@Module({ providers: [SessionService, SignInSessionResolver], exports: [SessionService] })
export class SessionModule {}
