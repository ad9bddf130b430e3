import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { AuthResolverSupport } from './auth-resolver.support';
import { AuthResolver } from './auth.resolver';
import { ViewerResolver } from './viewer.resolver';
import { AuthService } from './services/auth.service';
import { ViewerService } from './services/viewer.service';

@Module({
  imports: [SessionModule],
  providers: [AuthService, ViewerService, AuthResolverSupport, AuthResolver, ViewerResolver],
  exports: [AuthService, ViewerService, AuthResolverSupport],
})
export class AuthModule {}
