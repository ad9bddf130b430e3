import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canAdministerAgency, canWritePortfolio } from '@veridesk/domain';
import { DomainException } from '../exceptions/domain.exception';
import { TenantContext } from '../tenancy/tenant-context.service';
import { ACCESS_METADATA, AccessLevel, BEFORE_TWO_FACTOR_METADATA } from './access.decorator';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tenantContext: TenantContext,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const level =
      this.reflector.getAllAndOverride<AccessLevel>(ACCESS_METADATA, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'member';
    if (level === 'public') return true;
    const principal = this.tenantContext.optionalPrincipal;
    if (!principal) throw DomainException.unauthenticated();
    if (
      principal.mustSetUpTwoFactor &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_TWO_FACTOR_METADATA, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      throw DomainException.twoFactorSetupRequired();
    if (level === 'writer' && !canWritePortfolio(principal.role)) throw DomainException.forbidden();
    if (level === 'admin' && !canAdministerAgency(principal.role)) {
      throw DomainException.forbidden('Only an OWNER or ADMIN may do this.');
    }
    return true;
  }
}
