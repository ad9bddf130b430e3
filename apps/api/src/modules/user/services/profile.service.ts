import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import type { UpdateProfileInput } from '../dtos/update-profile.input';
import { UserEntity } from '../user.entity';

/** The signed-in user's own profile. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
  ) {}

  /** Changes the given fields (an empty one keeps its value); audited when any changed. */
  async update(input: UpdateProfileInput): Promise<UserEntity> {
    const principal = this.tenantContext.principal;
    if (principal.kind !== 'user' || !principal.userId)
      throw DomainException.forbidden('An API key has no profile.');
    return this.db.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: principal.userId as string });
      const changes: Record<string, unknown> = {};
      if (input.name) changes.name = input.name.trim();
      if (input.timeZone) changes.timeZone = input.timeZone;
      if (input.locale) changes.locale = input.locale;
      if (Object.keys(changes).length) {
        await manager.update(UserEntity, { id: user.id }, changes);
        await this.audit.record({
          action: 'user.updateProfile',
          subjectType: 'User',
          subjectId: user.id,
          changes,
        });
      }
      return { ...user, ...changes } as UserEntity;
    });
  }
}
