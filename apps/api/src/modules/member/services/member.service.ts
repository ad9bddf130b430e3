import { Injectable } from '@nestjs/common';
import { canGrantRole, Role } from '@veridesk/domain';
import { EntityManager } from 'typeorm';
import {
  CredentialCache,
  memberCredentialKey,
} from '../../../engine/auth/credential-cache.service';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { SessionEntity } from '../../session/session.entity';
import { MembershipEntity } from '../membership.entity';

@Injectable()
export class MemberService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly credentials: CredentialCache,
  ) {}

  list(): Promise<MembershipEntity[]> {
    return this.db.transaction((manager) =>
      manager.find(MembershipEntity, { relations: { user: true }, order: { createdAt: 'ASC' } }),
    );
  }

  /** The new role applies from the member's next request, on every replica. */
  async updateRole(memberId: string, role: Role): Promise<MembershipEntity> {
    const actor = this.tenantContext.principal;
    const updated = await this.db.transaction(async (manager) => {
      const member = await this.find(manager, memberId);
      if (!canGrantRole(actor.role, role) || !canGrantRole(actor.role, member.role)) {
        throw DomainException.forbidden('Only an OWNER may grant or take away the OWNER role.');
      }
      if (member.role === 'OWNER' && role !== 'OWNER')
        await this.assertAnotherOwner(manager, member);
      const before = member.role;
      member.role = role;
      await manager.update(MembershipEntity, { id: member.id }, { role });
      await this.audit.record({
        action: 'member.updateRole',
        subjectType: 'Member',
        subjectId: member.id,
        changes: { role: { from: before, to: role } },
      });
      return member;
    });
    await this.credentials.revoke(memberCredentialKey(updated.agencyId, updated.userId));
    return updated;
  }

  /** The member's tokens stop working at once, on every replica. */
  async remove(memberId: string): Promise<MembershipEntity> {
    const actor = this.tenantContext.principal;
    const removed = await this.db.transaction(async (manager) => {
      const member = await this.find(manager, memberId);
      if (!canGrantRole(actor.role, member.role)) {
        throw DomainException.forbidden('Only an OWNER may remove an OWNER.');
      }
      if (member.role === 'OWNER') await this.assertAnotherOwner(manager, member);
      await manager.delete(MembershipEntity, { id: member.id });
      // Their browser sessions end with the membership; tokens already fail the membership check.
      await manager.update(
        SessionEntity,
        { userId: member.userId, agencyId: member.agencyId },
        { revokedAt: new Date() },
      );
      await this.audit.record({
        action: 'member.remove',
        subjectType: 'Member',
        subjectId: member.id,
        changes: { email: member.user?.email, role: member.role },
      });
      return member;
    });
    await this.credentials.revoke(memberCredentialKey(removed.agencyId, removed.userId));
    return removed;
  }

  private async find(manager: EntityManager, memberId: string): Promise<MembershipEntity> {
    const member = await manager.findOne(MembershipEntity, {
      where: { id: assertId(memberId, 'Member') },
      relations: { user: true },
    });
    if (!member) throw DomainException.notFound('Member');
    return member;
  }

  private async assertAnotherOwner(manager: EntityManager, member: MembershipEntity) {
    // Locking the OWNER rows makes two simultaneous demotions take turns.
    const owners = await manager.find(MembershipEntity, {
      where: { role: 'OWNER' },
      lock: { mode: 'pessimistic_write' },
    });
    if (owners.length <= 1) {
      throw DomainException.conflict('An agency always keeps at least one OWNER.', [
        { field: 'role', code: 'LAST_OWNER', message: `${member.user?.email} is the only OWNER` },
      ]);
    }
  }
}
