import { Inject } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../../engine/auth/access.decorator';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { DomainException } from '../../engine/exceptions/domain.exception';
import { QUEUE_BOARD_PATH, signQueueBoardPass } from '../../engine/queue/queue-board';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { AuditService } from '../audit/audit.service';

@Resolver()
export class QueueBoardResolver {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access('admin')
  @Mutation(() => String, {
    description:
      "A one-minute link that opens the queue board (bull-board) in the browser. The operator agency's OWNER and ADMIN only.",
  })
  async queueBoardUrl(): Promise<string> {
    const principal = this.tenantContext.principal;
    if (
      !this.config.QUEUE_BOARD_AGENCY_ID ||
      principal.agencyId !== this.config.QUEUE_BOARD_AGENCY_ID ||
      !principal.userId
    ) {
      throw DomainException.forbidden(
        'The queue board shows every agency’s jobs: it is open to the operator agency only.',
      );
    }
    await this.audit.record({
      action: 'queueBoard.open',
      subjectType: 'User',
      subjectId: principal.userId,
    });
    const ticket = signQueueBoardPass(this.config.AUTH_SECRET, principal.userId);
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}${QUEUE_BOARD_PATH}?ticket=${ticket}`;
  }
}
