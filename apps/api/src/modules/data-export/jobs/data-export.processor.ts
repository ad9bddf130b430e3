import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Process, Processor } from '@nestjs/bull';
import { Inject, Logger } from '@nestjs/common';
import { renderExportReady, type EmailLocale } from '@veridesk/emails';
import type { Job } from 'bull';
import type { EntityManager } from 'typeorm';
import { ZipFile } from 'yazl';
import { Clock } from '../../../engine/clock/clock';
import { APP_CONFIG } from '../../../engine/config/config.module';
import type { AppConfig } from '../../../engine/config/configuration';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { MailService } from '../../../engine/mail/mail.service';
import { QueueName } from '../../../engine/queue/queues';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AuditService } from '../../audit/audit.service';
import { FileStorage } from '../../file/storage/file-storage';
import { DataExportEntity } from '../data-export.entity';
import { exportRow } from '../services/export-rows';
import { EXPORT_TTL_MS } from '../services/data-export.service';

// Rows fetched per round trip: bounded memory whatever the agency's size.
const BATCH = 500;
const TENANT_TABLES_SQL = `
  SELECT c.relname AS name FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'agency_id' AND NOT a.attisdropped
   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`;
const MEMBERS_SQL = `
  SELECT u.id, u.email, u.name, u.time_zone, u.locale, u.created_at,
         u.two_factor_enabled_at IS NOT NULL AS two_factor_enabled
    FROM users u WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id) ORDER BY u.created_at`;

type Entry = { path: string; count?: number; bytes: number; sha256: string };

/**
 * Builds a data export: one ZIP streamed into the file storage while it is written — each table's
 * rows through a cursor in batches (tables/<table>.jsonl, ID and phone numbers opened, secrets left
 * out), the agency's row and its members' logins, each uploaded file streamed from the storage
 * (files/<id>/<name>), and manifest.json with each entry's row count, bytes and SHA-256. Memory
 * stays bounded: no table, file or archive is ever held whole. Then mails whoever asked.
 */
@Processor(QueueName.Exports)
export class DataExportProcessor {
  private readonly logger = new Logger(DataExportProcessor.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly cipher: PersonalDataCipher,
    private readonly storage: FileStorage,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Process('build')
  async build(job: Job<{ agencyId: string; exportId: string }>): Promise<{ sizeBytes: number }> {
    const { agencyId, exportId } = job.data;
    return this.tenantContext.runInAgency(agencyId, async () => {
      try {
        const result = await this.db.transaction((manager) =>
          this.write(manager, agencyId, exportId),
        );
        await this.notify(exportId).catch((error: Error) =>
          this.logger.warn(
            { exportId, err: error.message },
            'Could not mail that an export is ready',
          ),
        );
        return result;
      } catch (error) {
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
          await this.db.transaction((manager) =>
            manager.update(
              DataExportEntity,
              { id: exportId },
              { status: 'FAILED', error: (error as Error).message.slice(0, 500) },
            ),
          );
        }
        throw error;
      }
    });
  }

  private async write(manager: EntityManager, agencyId: string, exportId: string) {
    const row = await manager.findOneBy(DataExportEntity, { id: exportId });
    if (!row || row.status !== 'PENDING') return { sizeBytes: Number(row?.sizeBytes ?? 0) };
    const storageKey = `${agencyId}/exports/${exportId}.zip`;
    const zip = new ZipFile();
    const upload = this.storage.putStream(storageKey, zip.outputStream as Readable);
    const entries: Entry[] = [];
    const add = (
      path: string,
      source: () => Promise<AsyncIterable<Buffer> | null>,
      counted: boolean,
    ) => {
      zip.addReadStreamLazy(path, (callback) => {
        source().then(
          (chunks) => callback(null, Readable.from(measured(chunks ?? [], entries, path, counted))),
          (error) => callback(error, undefined as never),
        );
      });
    };

    add('tables/agencies.jsonl', async () => this.rows(manager, 'SELECT * FROM agencies'), true);
    add('tables/users.jsonl', async () => this.rows(manager, MEMBERS_SQL), true);
    const tables = (await manager.query(TENANT_TABLES_SQL)) as Array<{ name: string }>;
    for (const { name } of tables)
      add(`tables/${name}.jsonl`, async () => this.rows(manager, `SELECT * FROM "${name}"`), true);
    // The files: their keys are read first (ids and names only), their bytes one at a time.
    for await (const file of this.cursor(
      manager,
      `SELECT id, filename, storage_key FROM stored_files ORDER BY created_at, id`,
    )) {
      const key = String(file.storage_key);
      const name = String(file.filename).replace(/[\\/]/g, '_');
      add(
        `files/${String(file.id)}/${name}`,
        async () => (await this.storage.stream(key)) as AsyncIterable<Buffer> | null,
        false,
      );
    }
    zip.addReadStreamLazy('manifest.json', (callback) =>
      callback(
        null,
        Readable.from([
          Buffer.from(
            JSON.stringify(
              {
                format: 'veridesk-export/1',
                agencyId,
                exportId,
                createdAt: row.createdAt,
                entries,
              },
              null,
              2,
            ),
          ),
        ]),
      ),
    );
    zip.end();
    const sizeBytes = await upload;
    const now = this.clock.now();
    await manager.update(
      DataExportEntity,
      { id: exportId },
      {
        status: 'READY',
        storageKey,
        sizeBytes: String(sizeBytes),
        readyAt: now,
        expiresAt: new Date(now.getTime() + EXPORT_TTL_MS),
      },
    );
    await this.audit.record({
      action: 'dataExport.ready',
      subjectType: 'DataExport',
      subjectId: exportId,
      changes: { sizeBytes, entries: entries.length },
      actor: 'system',
    });
    return { sizeBytes };
  }

  /** JSON Lines of a query's rows, read through a cursor in batches. */
  private async *rows(manager: EntityManager, sql: string): AsyncIterable<Buffer> {
    for await (const row of this.cursor(manager, sql)) {
      yield Buffer.from(
        `${JSON.stringify(exportRow(row, (sealed) => this.cipher.open(sealed)))}\n`,
      );
    }
  }

  private async *cursor(
    manager: EntityManager,
    sql: string,
  ): AsyncIterable<Record<string, unknown>> {
    const name = `export_${Math.random().toString(36).slice(2, 10)}`;
    await manager.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`);
    try {
      for (;;) {
        const batch = (await manager.query(`FETCH ${BATCH} FROM ${name}`)) as Array<
          Record<string, unknown>
        >;
        for (const row of batch) yield row;
        if (batch.length < BATCH) break;
      }
    } finally {
      await manager.query(`CLOSE ${name}`);
    }
  }

  private async notify(exportId: string): Promise<void> {
    if (!this.mail.enabled) return;
    const [reader] = (await this.db.transaction((manager) =>
      manager.query(
        `SELECT u.email, u.name, u.locale, a.name AS agency_name, a.time_zone, e.expires_at
           FROM data_exports e JOIN agencies a ON a.id = e.agency_id
           JOIN users u ON u.id = e.requested_by_id WHERE e.id = $1`,
        [exportId],
      ),
    )) as Array<{
      email: string;
      name: string;
      locale: string;
      agency_name: string;
      time_zone: string;
      expires_at: Date;
    }>;
    if (!reader) return;
    const locale: EmailLocale = reader.locale === 'en' ? 'en' : 'zh-CN';
    const expiresAt = new Intl.DateTimeFormat(locale, {
      timeZone: reader.time_zone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(reader.expires_at);
    const email = await renderExportReady({
      locale,
      readerName: reader.name,
      agencyName: reader.agency_name,
      link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/settings/agency`,
      expiresAt,
    });
    await this.mail.send({ to: reader.email, ...email });
  }
}

/** Passes chunks on while counting their bytes, lines and SHA-256 into the manifest's entries. */
async function* measured(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  entries: Entry[],
  path: string,
  counted: boolean,
): AsyncIterable<Buffer> {
  const hash = createHash('sha256');
  let bytes = 0;
  let count = 0;
  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    hash.update(buffer);
    bytes += buffer.length;
    if (counted) count += 1;
    yield buffer;
  }
  entries.push({ path, ...(counted ? { count } : {}), bytes, sha256: hash.digest('hex') });
}
