import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { requiresTwoFactor } from '@veridesk/domain';
import type {
  ApiKeyCredential,
  MemberCredential,
  PrincipalDirectory,
} from '../../../engine/auth/principal-directory';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { ApiKeyEntity } from '../../api-key/api-key.entity';
import { MembershipEntity } from '../../member/membership.entity';

/** The member and API-key look-ups behind the engine's PrincipalResolver. */
@Injectable()
export class PrincipalDirectoryService implements PrincipalDirectory {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
  ) {}

  async member(agencyId: string, userId: string): Promise<MemberCredential | null> {
    // The membership with its user: one statement as the system role.
    const membership = await this.db.system((manager) =>
      manager
        .createQueryBuilder(MembershipEntity, 'membership')
        .innerJoinAndSelect('membership.user', 'user')
        .innerJoinAndSelect('membership.agency', 'agency')
        .where('membership.agencyId = :agencyId AND membership.userId = :userId', {
          agencyId,
          userId,
        })
        .getOne(),
    );
    if (!membership?.user) return null;
    return {
      membershipId: membership.id,
      agencyId: membership.agencyId,
      role: membership.role,
      userId: membership.userId,
      email: membership.user.email,
      mustSetUpTwoFactor:
        requiresTwoFactor(membership.role, membership.agency?.requireTwoFactor ?? false) &&
        !membership.user.twoFactorEnabledAt,
    };
  }

  apiKey(prefix: string): Promise<ApiKeyCredential | null> {
    return this.db.system((manager) =>
      manager.findOne(ApiKeyEntity, {
        where: { prefix, revokedAt: IsNull() },
        select: {
          id: true,
          agencyId: true,
          role: true,
          prefix: true,
          createdById: true,
          lastUsedAt: true,
          secretHash: true,
        },
      }),
    );
  }

  async touchApiKey(key: { id: string; agencyId: string }, at: Date): Promise<void> {
    await this.tenantContext.runInAgency(key.agencyId, () =>
      this.db.transaction((manager) =>
        manager.update(ApiKeyEntity, { id: key.id }, { lastUsedAt: at }),
      ),
    );
  }
}
