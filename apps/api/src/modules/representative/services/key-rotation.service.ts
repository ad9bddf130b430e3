import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataCipher } from '../../../engine/crypto/personal-data-cipher.service';
import { TenantDatabase } from '../../../engine/database/tenant-database.service';
import { TenantContext } from '../../../engine/tenancy/tenant-context.service';
import { AgencyEntity } from '../../agency/agency.entity';

export type RotationProgress = {
  agencyId: string;
  /** 1-based position of this agency among all agencies. */
  agency: number;
  agencies: number;
  /** Rows re-sealed in this agency so far. */
  rotated: number;
  /** Rows still on another key after this agency's last pass (locked by the app throughout). */
  remaining?: number;
};
export type RotationReport = {
  activeKey: string;
  agencies: number;
  rotated: number;
  remaining: number;
};
export type RotationOptions = {
  batchSize?: number;
  /** Called after every batch, and once per agency with `remaining`; counts only, never values. */
  onProgress?: (progress: RotationProgress) => void;
};

/** A sealed value and the column naming the key that sealed it. */
type SealedColumn = { value: string; key: string; keyWhenMissing?: string };
/** Every table holding sealed values (a test holds this list equal to the schema's sealed columns). */
const SEALED_TABLES: Array<{ table: string; label: string; columns: SealedColumn[] }> = [
  {
    table: 'representatives',
    label: 'Representative',
    columns: [
      { value: 'id_number_ciphertext', key: 'id_number_key_id' },
      // A phone without a key id was written before phone_key_id existed, sealed in the same call
      // as the ID number and so under its key.
      { value: 'phone_ciphertext', key: 'phone_key_id', keyWhenMissing: 'id_number_key_id' },
    ],
  },
  {
    table: 'notification_channels',
    label: 'Notification channel',
    columns: [
      { value: 'url_ciphertext', key: 'url_key_id' },
      { value: 'secret_ciphertext', key: 'secret_key_id' },
    ],
  },
  {
    table: 'calendar_feeds',
    label: 'Calendar feed',
    columns: [{ value: 'token_ciphertext', key: 'token_key_id' }],
  },
  {
    // Two-factor secrets (the login's, and one being set up): a login in several agencies is
    // re-sealed in the first, then on the active key for the others.
    table: 'users',
    label: 'User',
    columns: [
      { value: 'two_factor_ciphertext', key: 'two_factor_key_id' },
      { value: 'two_factor_pending_ciphertext', key: 'two_factor_pending_key_id' },
    ],
  },
];
type SealedTable = (typeof SEALED_TABLES)[number];
type SealedRow = { id: string } & Record<string, string | null>;

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
// Rows the app holds locked are skipped, then retried by another pass after a pause.
const PASSES = 5;
const PASS_PAUSE_MS = 200;

/** A row holding a sealed value not on the key named by `parameter` (a value with no key id too). */
const notOnKey = ({ columns }: SealedTable, parameter: string) =>
  `(${columns.map(({ value, key }) => `(${value} IS NOT NULL AND ${key} IS DISTINCT FROM ${parameter})`).join(' OR ')})`;

/**
 * Re-seals every sealed value (representatives' ID numbers and phones, notification channels' URLs
 * and secrets, calendar feeds' tokens, two-factor secrets: the only `*_ciphertext` columns, as a test checks) under the active key, online: small
 * batches, each its own short transaction in one agency's context (row-level security applies),
 * rows locked FOR UPDATE SKIP LOCKED so the app's own writes never wait long and are never
 * overwritten (only the sealed columns are written). Rows already on the active key are not
 * selected, so a second run, or a run resumed after a crash, does only what is left.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tenantContext: TenantContext,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async rotate(options: RotationOptions = {}): Promise<RotationReport> {
    const batchSize = options.batchSize ?? 500;
    const agencies = await this.db.system((manager) =>
      manager.find(AgencyEntity, { select: { id: true }, order: { id: 'ASC' } }),
    );
    const report: RotationReport = {
      activeKey: this.cipher.activeKey,
      agencies: agencies.length,
      rotated: 0,
      remaining: 0,
    };
    for (const [index, { id: agencyId }] of agencies.entries()) {
      const progress = { agencyId, agency: index + 1, agencies: agencies.length, rotated: 0 };
      const remaining = await this.tenantContext.runInAgency(agencyId, () =>
        this.rotateAgency(progress, batchSize, options.onProgress),
      );
      options.onProgress?.({ ...progress, remaining });
      report.rotated += progress.rotated;
      report.remaining += remaining;
    }
    return report;
  }

  /** Passes over the current agency's rows until none is left, or PASSES are done; returns what is left. */
  private async rotateAgency(
    progress: RotationProgress,
    batchSize: number,
    onProgress: RotationOptions['onProgress'],
  ): Promise<number> {
    for (let pass = 1; ; pass++) {
      for (const table of SEALED_TABLES) {
        let batch = { rotated: batchSize, lastId: FIRST_ID };
        while (batch.rotated === batchSize) {
          const after = batch.lastId;
          batch = await this.db.transaction((manager) =>
            this.rotateBatch(manager, table, after, batchSize),
          );
          progress.rotated += batch.rotated;
          if (batch.rotated) onProgress?.({ ...progress });
        }
      }
      const left = await this.db.transaction((manager) => this.countStale(manager));
      if (!left || pass === PASSES) return left;
      await sleep(PASS_PAUSE_MS);
    }
  }

  /** Re-seals up to `limit` rows of `table` after `after` (by id) that are not on the active key. */
  private async rotateBatch(
    manager: EntityManager,
    table: SealedTable,
    after: string,
    limit: number,
  ): Promise<{ rotated: number; lastId: string }> {
    const { columns } = table;
    const rows: SealedRow[] = await manager.query(
      `SELECT id, ${columns
        .map(
          ({ value, key, keyWhenMissing }, i) =>
            `${value} AS value${i}, ${keyWhenMissing ? `coalesce(${key}, ${keyWhenMissing})` : key} AS key${i}`,
        )
        .join(', ')}
       FROM ${table.table}
       WHERE id > $1 AND ${notOnKey(table, '$2')}
       ORDER BY id LIMIT $3
       FOR UPDATE SKIP LOCKED`,
      [after, this.cipher.activeKey, limit],
    );
    if (!rows.length) return { rotated: 0, lastId: after };
    const resealed = columns.map((_, i) =>
      rows.map((row) => {
        const value = row[`value${i}`];
        return value === null ? null : this.reseal(table, row.id, value, row[`key${i}`] as string);
      }),
    );
    await manager.query(
      `UPDATE ${table.table} AS t
       SET ${columns
         .map(
           ({ value, key }, i) =>
             `${value} = v.value${i}, ${key} = CASE WHEN v.value${i} IS NULL THEN NULL ELSE $1 END`,
         )
         .join(', ')}
       FROM unnest($2::uuid[], ${columns.map((_, i) => `$${i + 3}::text[]`).join(', ')})
         AS v(id, ${columns.map((_, i) => `value${i}`).join(', ')})
       WHERE t.id = v.id`,
      [this.cipher.activeKey, rows.map((row) => row.id), ...resealed],
    );
    return { rotated: rows.length, lastId: rows[rows.length - 1].id };
  }

  private async countStale(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT (${SEALED_TABLES.map(
        (table) => `(SELECT count(*) FROM ${table.table} WHERE ${notOnKey(table, '$1')})`,
      ).join(' + ')})::int AS count`,
      [this.cipher.activeKey],
    );
    return count;
  }

  private reseal(table: SealedTable, rowId: string, ciphertext: string, keyId: string): string {
    try {
      return this.cipher.seal(this.cipher.open({ ciphertext, keyId })).ciphertext;
    } catch (error) {
      // Name the row and the key, never the value.
      throw new Error(
        `${table.label} ${rowId}: cannot open a value sealed under key "${keyId}" (${(error as Error).message})`,
        { cause: error },
      );
    }
  }
}
