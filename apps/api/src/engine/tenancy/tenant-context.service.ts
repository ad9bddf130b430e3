import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DomainException } from '../exceptions/domain.exception';
import type { Principal, RequestContextStore } from './request-context';

/** The agency of the current request or job. Reading it outside a context is a bug, not a default. */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

  get agencyId(): string {
    const agencyId = this.cls.isActive() ? this.cls.get('agencyId') : undefined;
    if (!agencyId)
      throw new Error('No agency in context: tenant data read outside a request or job');
    return agencyId;
  }

  get principal(): Principal {
    const principal = this.cls.isActive() ? this.cls.get('principal') : undefined;
    if (!principal) throw DomainException.unauthenticated();
    return principal;
  }

  get optionalPrincipal(): Principal | undefined {
    return this.cls.isActive() ? this.cls.get('principal') : undefined;
  }

  enter(principal: Principal): void {
    this.cls.set('principal', principal);
    this.cls.set('agencyId', principal.agencyId);
    this.startRequestState();
  }

  /** Runs work (a job, a sign-up) inside a fresh context for one agency. */
  runInAgency<T>(agencyId: string, work: () => Promise<T>, principal?: Principal): Promise<T> {
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set('agencyId', agencyId);
      if (principal) this.cls.set('principal', principal);
      this.startRequestState();
      return work();
    });
  }

  /** What the whole request or job shares, even from the child contexts of DataLoader batches. */
  private startRequestState(): void {
    this.cls.set('loaders', new Map());
    this.cls.set('memo', new Map());
  }
}
