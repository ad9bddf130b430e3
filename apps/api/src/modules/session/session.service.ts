import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { assertId } from '../../engine/database/ids';
import { DomainException } from '../../engine/exceptions/domain.exception';
import { randomSecret, sha256 } from '../../engine/auth/secrets';
import { APP_CONFIG } from '../../engine/config/config.module';
import type { AppConfig } from '../../engine/config/configuration';
import { Clock } from '../../engine/clock/clock';
import { TenantDatabase } from '../../engine/database/tenant-database.service';
import { TenantContext } from '../../engine/tenancy/tenant-context.service';
import { SessionEntity } from './session.entity';

export type SessionOwner = { agencyId: string; userId: string };
/** The browser a session is used from, recorded at sign-in and at each refresh. */
export type SessionClient = { userAgent?: string | null; address?: string | null };
export type OpenedSession = { id: string; token: string; expiresAt: Date };
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
  async open(userId: string, client: SessionClient = {}): Promise<OpenedSession> {
    const token = randomSecret();
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.SESSION_TTL_DAYS * 86_400_000,
    );
    const id = await this.db.transaction(async (manager) => {
      const inserted = await manager.insert(SessionEntity, {
        agencyId: this.tenantContext.agencyId,
        userId,
        tokenHash: sha256(token),
        expiresAt,
        ...clientColumns(client),
        lastUsedAt: this.clock.now(),
      });
      return inserted.identifiers[0].id as string;
    });
    return { id, token, expiresAt };
  }

  /** The user's live sessions in the current agency, most recently used first. */
  listLive(userId: string): Promise<SessionEntity[]> {
    return this.db.transaction((manager) =>
      manager.find(SessionEntity, {
        where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
        order: { lastUsedAt: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' },
      }),
    );
  }

  /** Ends one of the user's own sessions; another user's (or an unknown) id is NOT_FOUND. */
  async revokeOwn(userId: string, sessionId: string): Promise<void> {
    assertId(sessionId, 'Session');
    await this.db.transaction(async (manager) => {
      const result = await manager.update(
        SessionEntity,
        { id: sessionId, userId, revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      if (!result.affected) throw DomainException.notFound('Session');
    });
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
  async rotate(sessionId: string, client: SessionClient = {}): Promise<OpenedSession> {
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
          ...clientColumns(client),
          lastUsedAt: this.clock.now(),
        },
      );
    });
    return { id: sessionId, token, expiresAt };
  }

  /** Records a refresh that keeps its cookie (another tab rotated it a moment ago). */
  async touch(sessionId: string): Promise<void> {
    await this.db.transaction((manager) =>
      manager.update(SessionEntity, { id: sessionId }, { lastUsedAt: this.clock.now() }),
    );
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.transaction((manager) =>
      manager.update(SessionEntity, { id: sessionId }, { revokedAt: this.clock.now() }),
    );
  }
}

function clientColumns(client: SessionClient): Partial<SessionEntity> {
  const columns: Partial<SessionEntity> = {};
  if (client.userAgent) columns.userAgent = client.userAgent.slice(0, 512);
  if (client.address) columns.ipAddress = client.address.slice(0, 64);
  return columns;
}
