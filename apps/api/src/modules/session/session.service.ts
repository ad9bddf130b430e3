import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { randomSecret, sha256 } from '../../engine/auth/secrets';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { Clock } from '../../engine/clock/clock';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { SessionEntity } from './session.entity';

export type SessionOwner = { agencyId: string; userId: string };
export type FoundSession = SessionOwner & {
  id: string;
  /** Found by the token it replaced moments ago (another tab refreshed first): do not rotate again. */
  superseded: boolean;
};

// How long a replaced cookie still works, for tabs that refreshed at the same moment.
const ROTATION_GRACE_MS = 30_000;

/**
 * Browser sessions behind the httpOnly refresh cookie. Each refresh rotates the token, so a stolen
 * cookie stops working the next time its owner's browser refreshes.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for a member of the current agency; returns the cookie's token. */
  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomSecret();
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.SESSION_TTL_DAYS * 86_400_000,
    );
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
  async find(token: string): Promise<FoundSession | null> {
    const hash = sha256(token);
    const now = this.clock.now();
    const live = { revokedAt: IsNull(), expiresAt: MoreThan(now) };
    return this.db.system(async (manager) => {
      const current = await manager.findOne(SessionEntity, { where: { tokenHash: hash, ...live } });
      if (current)
        return {
          id: current.id,
          agencyId: current.agencyId,
          userId: current.userId,
          superseded: false,
        };
      const previous = await manager.findOne(SessionEntity, {
        where: { previousTokenHash: hash, previousValidUntil: MoreThan(now), ...live },
      });
      return previous
        ? {
            id: previous.id,
            agencyId: previous.agencyId,
            userId: previous.userId,
            superseded: true,
          }
        : null;
    });
  }

  /** Replaces a session's token; call inside the session's agency. */
  async rotate(sessionId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomSecret();
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.SESSION_TTL_DAYS * 86_400_000,
    );
    await this.db.transaction(async (manager) => {
      const session = await manager.findOneOrFail(SessionEntity, {
        where: { id: sessionId },
        select: { id: true, tokenHash: true },
      });
      await manager.update(
        SessionEntity,
        { id: sessionId },
        {
          tokenHash: sha256(token),
          expiresAt,
          previousTokenHash: session.tokenHash,
          previousValidUntil: new Date(this.clock.now().getTime() + ROTATION_GRACE_MS),
        },
      );
    });
    return { token, expiresAt };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.transaction((manager) =>
      manager.update(SessionEntity, { id: sessionId }, { revokedAt: this.clock.now() }),
    );
  }
}
