import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import type { EntityManager } from 'typeorm';
import {
  agencyCredentialsPrefix,
  apiKeyCredentialKey,
  CredentialCache,
} from '../../../engine/auth/credential-cache.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { DomainException } from '../../../engine/exceptions/domain.exception';
import { removeAgencyJobs } from '../../../engine/queue/agency-jobs';
import { QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { FileStorage } from '../../file/storage/file-storage';
import { AgencyEntity } from '../agency.entity';

/**
 * The agency's tables as the catalog lists them (every table of the public schema with an
 * agency_id column), children before the tables they reference: a table added later is deleted
 * without being listed here.
 */
const TENANT_TABLES_SQL = `
  SELECT c.relname AS name,
         coalesce(array_agg(DISTINCT p.relname) FILTER (WHERE p.relname IS NOT NULL AND p.oid <> c.oid), '{}') AS parents
    FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped
    LEFT JOIN pg_constraint f ON f.conrelid = c.oid AND f.contype = 'f'
    LEFT JOIN pg_class p ON p.oid = f.confrelid
   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
   GROUP BY c.relname`;

/**
 * Deletes an agency with everything it holds (RULES.md, "Trust"): every row of every tenant table
 * and the logins that belong to no other agency, in one transaction; then its credentials (at once,
 * on every replica), its queued jobs and its files (after the commit, retried until gone).
 */
@Injectable()
export class AgencyDeletionService {
  private readonly logger = new Logger(AgencyDeletionService.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly credentials: CredentialCache,
    private readonly storage: FileStorage,
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
    @InjectQueue(QueueName.Notifications) private readonly notifications: Queue,
    @InjectQueue(QueueName.Channels) private readonly channels: Queue,
    @InjectQueue(QueueName.Exports) private readonly exports: Queue,
  ) {}

  async delete(confirmName: string): Promise<void> {
    const principal = this.tenantContext.principal;
    if (principal.role !== 'OWNER' || principal.kind !== 'user')
      throw DomainException.forbidden('Only an OWNER may delete the agency.');
    const agencyId = principal.agencyId;
    const { apiKeyPrefixes, removedLogins } = await this.db.transaction(async (manager) => {
      const [agency] = (await manager.query(`SELECT name FROM agencies WHERE id = $1 FOR UPDATE`, [
        agencyId,
      ])) as Array<Pick<AgencyEntity, 'name'>>;
      if (!agency) throw DomainException.notFound('Agency');
      if (confirmName.trim() !== agency.name)
        throw DomainException.field('confirmName', 'MISMATCH', "must be the agency's name exactly");
      return this.deleteRows(manager, agencyId);
    });
    // Committed: no token, key or job of the agency may act any more.
    await this.credentials.revoke(agencyCredentialsPrefix(agencyId));
    for (const prefix of apiKeyPrefixes) await this.credentials.revoke(apiKeyCredentialKey(prefix));
    const jobs = await removeAgencyJobs(
      [this.maintenance, this.notifications, this.channels, this.exports],
      agencyId,
    );
    this.logger.log({ agencyId, removedLogins, jobs }, 'Agency deleted');
    await this.deleteFiles(agencyId);
  }

  /** Removes the agency's files now, or hands them to the worker to retry until they are gone. */
  private async deleteFiles(agencyId: string): Promise<void> {
    try {
      await this.storage.deletePrefix(agencyId);
    } catch (error) {
      this.logger.warn(
        { agencyId, err: error },
        'Could not delete the files yet; retrying in the worker',
      );
      await this.maintenance.add(
        'delete-agency-files',
        { agencyId },
        { attempts: 50, backoff: { type: 'exponential', delay: 5_000 } },
      );
    }
  }

  private async deleteRows(manager: EntityManager, agencyId: string) {
    const apiKeyPrefixes = (
      (await manager.query(`SELECT prefix FROM api_keys WHERE agency_id = $1`, [
        agencyId,
      ])) as Array<{
        prefix: string;
      }>
    ).map((row) => row.prefix);
    const members = (
      (await manager.query(`SELECT user_id FROM memberships WHERE agency_id = $1`, [
        agencyId,
      ])) as Array<{ user_id: string }>
    ).map((row) => row.user_id);
    // Which members belong to another agency too: only the system role sees other agencies.
    const elsewhere = new Set(
      (
        (await this.db.asSystem(manager, () =>
          manager.query(
            `SELECT DISTINCT user_id FROM memberships WHERE user_id = ANY($1) AND agency_id <> $2`,
            [members, agencyId],
          ),
        )) as Array<{ user_id: string }>
      ).map((row) => row.user_id),
    );
    const orphans = members.filter((id) => !elsewhere.has(id));
    // Logins first, while the memberships that make them visible to this agency still exist.
    if (orphans.length) await manager.query(`DELETE FROM users WHERE id = ANY($1)`, [orphans]);

    const tables = deletionOrder(
      (await manager.query(TENANT_TABLES_SQL)) as Array<{ name: string; parents: string[] }>,
    );
    const deleteAll = async () => {
      for (const table of tables)
        await manager.query(`DELETE FROM "${table}" WHERE agency_id = $1`, [agencyId]);
    };
    await deleteAll();
    // The portfolio counters fold their deltas at commit (a deferred trigger): fold them now, then
    // delete what they wrote, so nothing is left to write for an agency that is gone.
    await manager.query(`SET CONSTRAINTS ALL IMMEDIATE`);
    await deleteAll();
    await manager.query(`DELETE FROM agencies WHERE id = $1`, [agencyId]);
    return { apiKeyPrefixes, removedLogins: orphans.length };
  }
}

/** Tables ordered so that each comes before every table it references (a cycle keeps catalog order). */
export function deletionOrder(tables: Array<{ name: string; parents: string[] }>): string[] {
  const names = new Set(tables.map((table) => table.name));
  const children = new Map<string, string[]>();
  for (const { name, parents } of tables)
    for (const parent of parents)
      if (names.has(parent)) children.set(parent, [...(children.get(parent) ?? []), name]);
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name)) return;
    state.set(name, 'visiting');
    for (const child of children.get(name) ?? []) visit(child);
    state.set(name, 'done');
    ordered.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  // visit() appends a table after all tables that reference it: children first.
  return ordered;
}
