import { Injectable } from '@nestjs/common';
import { EntityManager, EntityNotFoundError, EntityTarget, ObjectLiteral } from 'typeorm';
import { plainRows } from '../../../engine/database/sql';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import type { Principal } from '../../../engine/tenancy/request-context';
import { AgencyEntity } from '../../agency/agency.entity';
import { ApiKeyEntity } from '../../api-key/api-key.entity';
import { MembershipEntity } from '../../member/membership.entity';
import { UserEntity } from '../../user/user.entity';
import type { ViewerObject, ViewerRows } from '../viewer.object';

@Injectable()
export class ViewerService {
  constructor(private readonly db: TenantDatabase) {}

  /** The viewer of `principal`; its user, agency and key are read when a field asks (rowsOf). */
  viewer(principal: Principal): ViewerObject {
    return { role: principal.role, principal };
  }

  /** The rows behind the viewer's fields: read once per viewer, in its agency's transaction. */
  rowsOf(viewer: ViewerObject): Promise<ViewerRows> {
    viewer.rows ??= this.read(viewer.principal);
    return viewer.rows;
  }

  private async read(principal: Principal): Promise<ViewerRows> {
    // Sent together: the connection pipelines them (one round trip). Plain rows: every dashboard
    // page asks for the viewer's agency, and TypeORM's query building cost more than the reads.
    const one = <T extends ObjectLiteral>(
      manager: EntityManager,
      target: EntityTarget<T>,
      id: string | null | undefined,
    ): Promise<T | null> =>
      id
        ? plainRows(manager, target, 't', 'WHERE t.id = $1', [id]).then((rows) => rows[0] ?? null)
        : Promise.resolve(null);
    const [agency, user, apiKey] = await this.db.transaction((manager) =>
      Promise.all([
        one(manager, AgencyEntity, principal.agencyId),
        one(manager, UserEntity, principal.userId),
        one(manager, ApiKeyEntity, principal.apiKeyId),
      ]),
    );
    if (!agency) throw new EntityNotFoundError(AgencyEntity, { id: principal.agencyId });
    return {
      // An API key whose creator has left the agency still has a user-shaped identity of its own.
      user: user ?? {
        id: apiKey?.id ?? principal.agencyId,
        email: '',
        name: apiKey?.name ?? 'API key',
        timeZone: agency.timeZone,
        locale: 'zh-CN',
      },
      agency,
      apiKey,
      memberUserId: user?.id ?? null,
    };
  }

  /** Every agency the user belongs to, oldest membership first (the default on sign-in). */
  async agenciesOf(userId: string): Promise<AgencyEntity[]> {
    return this.db.system(async (manager) => {
      const memberships = await manager.find(MembershipEntity, {
        where: { userId },
        relations: { agency: true },
        order: { createdAt: 'ASC' },
      });
      return memberships.map((membership) => membership.agency as AgencyEntity);
    });
  }
}
