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

type SealedRow = {
  id: string;
  id_number_ciphertext: string;
  id_number_key_id: string;
  phone_ciphertext: string | null;
  phone_key_id: string;
};

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
// Rows the app holds locked are skipped, then retried by another pass after a pause.
const PASSES = 5;
const PASS_PAUSE_MS = 200;

/** A row with a sealed value not on the key named by `parameter` (also a phone with no key id). */
const notOnKey = (parameter: string) =>
  `(id_number_key_id <> ${parameter} OR (phone_ciphertext IS NOT NULL AND phone_key_id IS DISTINCT FROM ${parameter}))`;

/**
 * Re-seals every sealed personal value (representatives' ID numbers and phones: the only
 * `*_ciphertext` columns, as a test checks) under the active key, online: small batches, each its own short
 * transaction in one agency's context (row-level security applies), rows locked FOR UPDATE SKIP
 * LOCKED so the app's own writes never wait long and are never overwritten (only the sealed
 * columns are written). Rows already on the active key are not selected, so a second run, or a
 * run resumed after a crash, does only what is left.
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
      let batch = { rotated: batchSize, lastId: FIRST_ID };
      while (batch.rotated === batchSize) {
        const after = batch.lastId;
        batch = await this.db.transaction((manager) => this.rotateBatch(manager, after, batchSize));
        progress.rotated += batch.rotated;
        if (batch.rotated) onProgress?.({ ...progress });
      }
      const left = await this.db.transaction((manager) => this.countStale(manager));
      if (!left || pass === PASSES) return left;
      await sleep(PASS_PAUSE_MS);
    }
  }

  /** Re-seals up to `limit` rows after `after` (by id) that are not on the active key. */
  private async rotateBatch(
    manager: EntityManager,
    after: string,
    limit: number,
  ): Promise<{ rotated: number; lastId: string }> {
    // A phone without a key id was written before phone_key_id existed, sealed in the same call as
    // the ID number and so under its key.
    const rows: SealedRow[] = await manager.query(
      `SELECT id, id_number_ciphertext, id_number_key_id, phone_ciphertext,
              coalesce(phone_key_id, id_number_key_id) AS phone_key_id
       FROM representatives
       WHERE id > $1 AND ${notOnKey('$2')}
       ORDER BY id LIMIT $3
       FOR UPDATE SKIP LOCKED`,
      [after, this.cipher.activeKey, limit],
    );
    if (!rows.length) return { rotated: 0, lastId: after };
    const resealed = rows.map((row) => ({
      id: row.id,
      idNumber: this.reseal(row.id, row.id_number_ciphertext, row.id_number_key_id),
      phone: row.phone_ciphertext && this.reseal(row.id, row.phone_ciphertext, row.phone_key_id),
    }));
    await manager.query(
      `UPDATE representatives AS r
       SET id_number_ciphertext = v.id_number, id_number_key_id = $1,
           phone_ciphertext = v.phone, phone_key_id = CASE WHEN v.phone IS NULL THEN NULL ELSE $1 END
       FROM unnest($2::uuid[], $3::text[], $4::text[]) AS v(id, id_number, phone)
       WHERE r.id = v.id`,
      [
        this.cipher.activeKey,
        resealed.map((row) => row.id),
        resealed.map((row) => row.idNumber),
        resealed.map((row) => row.phone),
      ],
    );
    return { rotated: rows.length, lastId: rows[rows.length - 1].id };
  }

  private async countStale(manager: EntityManager): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM representatives WHERE ${notOnKey('$1')}`,
      [this.cipher.activeKey],
    );
    return count;
  }

  private reseal(rowId: string, ciphertext: string, keyId: string): string {
    try {
      return this.cipher.seal(this.cipher.open({ ciphertext, keyId })).ciphertext;
    } catch (error) {
      // Name the row and the key, never the value.
      throw new Error(
        `Representative ${rowId}: cannot open a value sealed under key "${keyId}" (${(error as Error).message})`,
        { cause: error },
      );
    }
  }
}
