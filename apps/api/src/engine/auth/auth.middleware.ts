import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainException } from '../exceptions/domain.exception';
import { TenantContext } from '../tenancy/tenant-context.service';
import { PrincipalResolver } from './principal-resolver.service';
import { clientAddress } from './rate-limiter.service';

/**
 * Resolves the caller once per request and puts them (and so their agency) into the request's
 * context. A missing or bad credential leaves the context empty; the access guard decides.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly resolver: PrincipalResolver,
    private readonly tenantContext: TenantContext,
  ) {}

  async use(request: Request, _response: Response, next: NextFunction) {
    try {
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (match) {
        const principal = await this.resolver.resolve(match[1], clientAddress(request));
        if (principal) this.tenantContext.enter(principal);
      }
      next();
    } catch (error) {
      // Thrown, a domain error (RATE_LIMITED) reaches the exception filter, which answers it.
      if (error instanceof DomainException) throw error;
      next(error);
    }
  }
}
