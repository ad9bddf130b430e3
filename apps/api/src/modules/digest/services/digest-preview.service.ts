import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canAdministerAgency } from '@veridesk/domain';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';
import { AuditService } from '../../audit/audit.service';
import { MembershipEntity } from '../../member/membership.entity';
import { DeliveryService } from '../../notification/services/delivery.service';
import { UnsubscribeTokens } from '../../notification/services/unsubscribe-token.service';
import type { DigestObject } from '../digest.object';
import { DigestRecipient, DigestService } from './digest.service';

/** A member's digest on demand: the preview, and a test email of one's own. */
@Injectable()
export class DigestPreviewService {
  constructor(
    private readonly digests: DigestService,
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly deliveries: DeliveryService,
    private readonly unsubscribe: UnsubscribeTokens,
    private readonly audit: AuditService,
  ) {}

  /** What the reader's digest says at 08:00 their time on `date` (default: now). */
  async preview(userId: string | undefined, date: string | undefined): Promise<DigestObject> {
    const recipient = await this.recipient(userId);
    const at = this.digests.referenceInstant(recipient.membership.user.timeZone, date);
    const { model, email } = await this.digests.build(recipient, at);
    return { ...email, sections: model.sections };
  }

  /** Sends the viewer's digest now, kept as a delivery row; true when it was emailed. */
  async sendTest(): Promise<boolean> {
    const recipient = await this.recipient(undefined);
    const { membership } = recipient;
    const { email } = await this.digests.build(
      recipient,
      this.digests.referenceInstant(membership.user.timeZone),
      this.unsubscribe.url({ agencyId: membership.agencyId, membershipId: membership.id }),
    );
    // A delivery row like any digest's, so it shows in the history (and is kept when no SMTP is set).
    const deliveryId = await this.db.transaction((manager) =>
      this.deliveries.claim(manager, {
        agencyId: membership.agencyId,
        userId: membership.userId,
        kind: 'TEST',
        dedupeKey: `test:${membership.userId}:${randomUUID()}`,
        toEmail: membership.user.email,
        content: email,
      }),
    );
    const outcome = await this.deliveries
      .send(deliveryId as string, async () => null)
      .catch(() => 'FAILED' as const);
    await this.audit.record({
      action: 'digest.sendTest',
      subjectType: 'User',
      subjectId: membership.userId,
      changes: { outcome },
    });
    return outcome === 'SENT';
  }

  /** The reader: the viewer by default; another member's digest only for OWNER and ADMIN. */
  private async recipient(userId: string | undefined): Promise<DigestRecipient> {
    const principal = this.tenantContext.principal;
    const targetUserId = userId ? assertId(userId, 'User') : principal.userId;
    if (!targetUserId)
      throw DomainException.field('userId', 'REQUIRED', 'an API key must name the reader');
    if (targetUserId !== principal.userId && !canAdministerAgency(principal.role)) {
      throw DomainException.forbidden("Only an OWNER or ADMIN may see another member's digest.");
    }
    return this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { userId: targetUserId },
        relations: { user: true },
      });
      if (!membership?.user) throw DomainException.notFound('User');
      const agency = await manager.findOneByOrFail(AgencyEntity, { id: membership.agencyId });
      return { membership: membership as DigestRecipient['membership'], agency };
    });
  }
}
