import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { randomSecret, sha256 } from '../../engine/auth/secrets';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { SessionEntity } from './session.entity';

export type SessionOwner = { agencyId: string; userId: string };

/**
 * Browser sessions behind the httpOnly refresh cookie. Each refresh rotates the token, so a stolen
 * cookie stops working the next time its owner's browser refreshes.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for a member of the current agency; returns the cookie's token. */
  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomSecret();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000);
    await this.db.transaction((manager) =>
      manager.insert(SessionEntity, {
        agencyId: this.tenantContext.agencyId,
        userId,
        tokenHash: sha256(token),
        expiresAt,
      }),
    );
    return { token, expiresAt };
  }

  /** Finds the live session a cookie names, before any agency is known. */
  async find(token: string): Promise<(SessionOwner & { id: string }) | null> {
    const session = await this.db.system((manager) =>
      manager.findOne(SessionEntity, {
        where: { tokenHash: sha256(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      }),
    );
    return session ? { id: session.id, agencyId: session.agencyId, userId: session.userId } : null;
  }

  /** Replaces a session's token; call inside the session's agency. */
  async rotate(sessionId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomSecret();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_DAYS * 86_400_000);
    await this.db.transaction((manager) =>
      manager.update(SessionEntity, { id: sessionId }, { tokenHash: sha256(token), expiresAt }),
    );
    return { token, expiresAt };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.transaction((manager) =>
      manager.update(SessionEntity, { id: sessionId }, { revokedAt: new Date() }),
    );
  }
}
