import { Injectable } from '@nestjs/common';
import { canGrantRole } from '@veridesk/domain';
import {
  apiKeyCredentialKey,
  CredentialCache,
} from '../../../engine/auth/credential-cache.service';
import { newApiKeySecret, sha256 } from '../../../engine/auth/secrets';
import { assertId } from '../../../engine/database/ids';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { ApiKeyEntity } from '../api-key.entity';
import type { CreateApiKeyInput } from '../dtos/create-api-key.input';

@Injectable()
export class ApiKeyService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly audit: AuditService,
    private readonly credentials: CredentialCache,
  ) {}

  list(): Promise<ApiKeyEntity[]> {
    return this.db.transaction((manager) =>
      manager.find(ApiKeyEntity, { order: { createdAt: 'DESC' } }),
    );
  }

  /** Returns the key with its secret, which is never stored and never shown again. */
  async create(input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const actor = this.tenantContext.principal;
    if (!canGrantRole(actor.role, input.role)) {
      throw DomainException.forbidden('A key cannot hold a higher role than its creator.');
    }
    const { prefix, secret } = newApiKeySecret();
    const apiKey = await this.db.transaction(async (manager) => {
      const created = manager.create(ApiKeyEntity, {
        agencyId: actor.agencyId,
        name: input.name.trim(),
        prefix,
        secretHash: sha256(secret),
        role: input.role,
        createdById: actor.userId,
      });
      await manager.save(created);
      await this.audit.record({
        action: 'apiKey.create',
        subjectType: 'ApiKey',
        subjectId: created.id,
        changes: { name: created.name, prefix, role: input.role },
      });
      return created;
    });
    return { apiKey, secret };
  }

  /** Revoking twice is harmless; the key stops working at once on every replica. */
  async revoke(id: string): Promise<ApiKeyEntity> {
    const revoked = await this.db.transaction(async (manager) => {
      const apiKey = await manager.findOneBy(ApiKeyEntity, { id: assertId(id, 'API key') });
      if (!apiKey) throw DomainException.notFound('API key');
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        await manager.update(ApiKeyEntity, { id: apiKey.id }, { revokedAt: apiKey.revokedAt });
        await this.audit.record({
          action: 'apiKey.revoke',
          subjectType: 'ApiKey',
          subjectId: apiKey.id,
          changes: { prefix: apiKey.prefix },
        });
      }
      return apiKey;
    });
    await this.credentials.revoke(apiKeyCredentialKey(revoked.prefix));
    return revoked;
  }
}
