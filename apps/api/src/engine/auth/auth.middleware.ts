import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { TenantContext } from '../tenancy/tenant-context.service';
import { PrincipalResolver } from './principal-resolver.service';

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
        const principal = await this.resolver.resolve(match[1]);
        if (principal) this.tenantContext.enter(principal);
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
