import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../../engine/graphql/pagination';
import { AuditEventConnection } from './audit-event.object';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'Newest first. A seller entity id also shows its records’ events.',
  })
  auditLog(
    @Args() page: PageArgs,
    @Args('subjectId', { type: () => ID, nullable: true }) subjectId?: string,
  ) {
    return this.audit.list(subjectId, page);
  }
}
