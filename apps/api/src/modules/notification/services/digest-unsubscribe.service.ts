import { Injectable } from '@nestjs/common';
import type { EmailLocale } from '@veridesk/emails';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { MembershipEntity } from '../../member/membership.entity';
import type { UnsubscribeClaims } from './unsubscribe-token.service';

/** What the signed unsubscribe link reads and changes, inside the link's agency. */
@Injectable()
export class DigestUnsubscribeService {
  constructor(
    private readonly tenantContext: TenantContext,
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  /** The member's page language, or null when the member is gone. */
  memberLocale(claims: UnsubscribeClaims): Promise<{ locale: EmailLocale } | null> {
    return this.tenantContext.runInAgency(claims.agencyId, () =>
      this.db.transaction(async (manager) => {
        const membership = await manager.findOne(MembershipEntity, {
          where: { id: claims.membershipId },
          relations: { user: true },
        });
        return membership ? { locale: localeOf(membership.user?.locale) } : null;
      }),
    );
  }

  /** Turns the member's digest off (audited once); the page language, or null when gone. */
  turnDigestOff(claims: UnsubscribeClaims): Promise<{ locale: EmailLocale } | null> {
    return this.tenantContext.runInAgency(claims.agencyId, () =>
      this.db.transaction(async (manager) => {
        const membership = await manager.findOne(MembershipEntity, {
          where: { id: claims.membershipId },
          relations: { user: true },
        });
        if (!membership) return null;
        // Once: a second click (or a provider retrying) changes and records nothing more.
        if (membership.digestEnabled) {
          await manager.update(MembershipEntity, { id: membership.id }, { digestEnabled: false });
          await this.audit.record({
            actor: 'unsubscribe-link',
            action: 'member.unsubscribeDigest',
            subjectType: 'Member',
            subjectId: membership.id,
            changes: { digestEnabled: false },
          });
        }
        return { locale: localeOf(membership.user?.locale) };
      }),
    );
  }
}

const localeOf = (locale: string | null | undefined): EmailLocale =>
  locale === 'en' ? 'en' : 'zh-CN';
