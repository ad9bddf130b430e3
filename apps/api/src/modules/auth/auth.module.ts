import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { AuthResolverSupport } from './auth-resolver.support';
import { AuthResolver } from './auth.resolver';
import { TwoFactorResolver } from './two-factor.resolver';
import { ViewerResolver } from './viewer.resolver';
import { TwoFactorService } from './services/two-factor.service';
import { AuthService } from './services/auth.service';
import { ViewerService } from './services/viewer.service';

@Module({
  imports: [SessionModule],
  providers: [
    AuthService,
    ViewerService,
    TwoFactorService,
    AuthResolverSupport,
    AuthResolver,
    ViewerResolver,
    TwoFactorResolver,
  ],
  exports: [AuthService, ViewerService, AuthResolverSupport, TwoFactorService],
})
export class AuthModule {}
