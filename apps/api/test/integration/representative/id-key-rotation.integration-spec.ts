import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { loadConfig } from '../../../src/engine/config/configuration';
import { PersonalDataCipher } from '../../../src/engine/crypto/personal-data-cipher.service';
import { createKeyRotationContext } from '../../../src/modules/representative/key-rotation.module';
import { KeyRotationService } from '../../../src/modules/representative/services/key-rotation.service';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeResidentId } from '../../support/identifiers';
import { ADD_REPRESENTATIVE, createPortfolio, ok, RESIDENT_IDS } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';
import { databaseUrl, newDatabaseName, withAdminClient } from '../../support/test-database';

// The built command (npm test builds before running jest), as an operator runs it.
const COMMAND = join(__dirname, '../../../../../dist/apps/api/rotate-keys.js');

// This file rotates every agency in its database, so it owns one: other files' rows are sealed
// under their own random keys.
const DATABASE_NAME = newDatabaseName();
const DATABASE_URL = databaseUrl(DATABASE_NAME);
const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const [K1, K2, K3] = ['k1', 'k2', 'k3'].map(key);
// What must survive a restart with new keys: tokens, and the duplicate-finding fingerprints.
const STABLE = {
  DATABASE_URL,
  AUTH_SECRET: randomBytes(32).toString('hex'),
  ID_HASH_KEY: randomBytes(32).toString('hex'),
};
const BULK_ROWS_PER_AGENCY = 2000;

type Original = { idNumber: string; phone: string | null };
const originals = new Map<string, Original>();
const agencies: Array<SignedUpAgency & { entityId: string }> = [];
let api: TestApi | undefined;

const withDb = <T>(work: (client: Client) => Promise<T>) => withAdminClient(work, DATABASE_URL);
const start = async (keys: string, active: string) => {
  await api?.close();
  api = await startTestApi({
    ...STABLE,
    ID_ENCRYPTION_KEYS: keys,
    ID_ENCRYPTION_ACTIVE_KEY: active,
  });
  return api;
};
const cipher = (keys: string) =>
  new PersonalDataCipher(loadConfig({ ...STABLE, ID_ENCRYPTION_KEYS: keys }));

let idSequence = 0;
/** A distinct valid resident ID per call (birth dates a day apart). */
function nextIdNumber(): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + idSequence++ * 86_400_000);
  return makeResidentId(birth.toISOString().slice(0, 10).replaceAll('-', ''), idSequence % 1000);
}

/** Adds a representative through the API; returns its id and ID card document. */
async function addThroughApi(agency: SignedUpAgency & { entityId: string }, withPhone: boolean) {
  const original = {
    idNumber: nextIdNumber(),
    phone: withPhone ? `+8613${String(idSequence).padStart(9, '0')}` : null,
  };
  const added = ok(
    await api!.gql(
      ADD_REPRESENTATIVE,
      {
        input: {
          sellerEntityId: agency.entityId,
          fullName: '王芳',
          role: 'AUTHORIZED_SIGNATORY',
          idType: 'CN_RESIDENT_ID',
          idNumber: original.idNumber,
          idExpiresOn: '2034-01-01',
          ...(original.phone ? { phone: original.phone } : {}),
        },
      },
      { as: agency.token },
    ),
    'addRepresentative',
  );
  originals.set(added.id, original);
  return { id: added.id as string, documentId: added.documents[0].id as string };
}

/**
 * Many rows written straight to the table, sealed as the app sealed them under `keys`: a third
 * without a phone, a third with a phone but no phone_key_id (written before that column existed).
 */
async function bulkInsert(agency: SignedUpAgency & { entityId: string }, keys: string) {
  const sealer = cipher(keys);
  const rows = Array.from({ length: BULK_ROWS_PER_AGENCY }, (_, i) => {
    const idNumber = nextIdNumber();
    const phone = i % 3 === 0 ? null : `+8613${String(idSequence).padStart(9, '0')}`;
    const sealed = sealer.seal(idNumber);
    return {
      original: { idNumber, phone },
      ciphertext: sealed.ciphertext,
      keyId: sealed.keyId,
      hash: sealer.fingerprint(`CN_RESIDENT_ID:${idNumber}`),
      phoneCiphertext: phone ? sealer.seal(phone).ciphertext : null,
      phoneKeyId: phone && i % 3 === 1 ? sealed.keyId : null,
    };
  });
  const inserted = await withDb((client) =>
    client.query(
      `INSERT INTO representatives (agency_id, seller_entity_id, full_name, role, id_type,
         id_number_ciphertext, id_number_key_id, id_number_hash, id_number_masked,
         phone_ciphertext, phone_key_id, phone_masked)
       SELECT $1, $2, 'bulk', 'LEGAL_REPRESENTATIVE', 'CN_RESIDENT_ID', v.ciphertext, v.key_id,
              v.hash, '110105********0000', v.phone_ciphertext, v.phone_key_id,
              CASE WHEN v.phone_ciphertext IS NULL THEN NULL ELSE '138****0000' END
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         WITH ORDINALITY AS v(ciphertext, key_id, hash, phone_ciphertext, phone_key_id, n)
       ORDER BY v.n
       RETURNING id`,
      [
        agency.agencyId,
        agency.entityId,
        rows.map((row) => row.ciphertext),
        rows.map((row) => row.keyId),
        rows.map((row) => row.hash),
        rows.map((row) => row.phoneCiphertext),
        rows.map((row) => row.phoneKeyId),
      ],
    ),
  );
  // RETURNING follows the insert order of the ordered SELECT.
  inserted.rows.forEach((row, i) => originals.set(row.id, rows[i].original));
  return inserted.rows.map((row) => row.id as string);
}

type SealedRow = {
  id: string;
  full_name: string;
  id_expires_on: string | null;
  id_number_ciphertext: string;
  id_number_key_id: string;
  phone_ciphertext: string | null;
  phone_key_id: string | null;
};
const sealedRows = (): Promise<SealedRow[]> =>
  withDb(async (client) => {
    const { rows } = await client.query(
      `SELECT id, full_name, to_char(id_expires_on, 'YYYY-MM-DD') AS id_expires_on,
              id_number_ciphertext, id_number_key_id, phone_ciphertext, phone_key_id
       FROM representatives ORDER BY id`,
    );
    return rows;
  });

/** Every row on `keyId`, and opening to its original under a cipher that holds only `keys`. */
async function expectAllOn(keyId: string, keys: string) {
  const opener = cipher(keys);
  const rows = await sealedRows();
  expect(rows.length).toBe(originals.size);
  const wrong = rows.filter(
    (row) =>
      row.id_number_key_id !== keyId ||
      row.phone_key_id !== (row.phone_ciphertext ? keyId : null) ||
      opener.open({ ciphertext: row.id_number_ciphertext, keyId }) !==
        originals.get(row.id)!.idNumber ||
      (row.phone_ciphertext && opener.open({ ciphertext: row.phone_ciphertext, keyId })) !==
        originals.get(row.id)!.phone,
  );
  expect(wrong.map((row) => row.id)).toEqual([]);
  return rows;
}

/** Renames rows one short transaction at a time as the app role, as the API writes. */
async function renameAsApp(ids: Array<{ agencyId: string; id: string }>) {
  await withDb(async (client) => {
    for (const { agencyId, id } of ids) {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
        [agencyId],
      );
      await client.query(`UPDATE representatives SET full_name = $2 WHERE id = $1`, [
        id,
        `renamed ${id}`,
      ]);
      await client.query('COMMIT');
    }
  });
}

/** Holds one row locked (as an app transaction would) while renaming it, then commits. */
async function holdLocked(id: string, milliseconds: number) {
  await withDb(async (client) => {
    await client.query('BEGIN');
    await client.query(`SELECT 1 FROM representatives WHERE id = $1 FOR UPDATE`, [id]);
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    await client.query(`UPDATE representatives SET full_name = $2 WHERE id = $1`, [
      id,
      `renamed ${id}`,
    ]);
    await client.query('COMMIT');
  });
}

const REVEAL = /* GraphQL */ `
  mutation Reveal($id: ID!) {
    revealIdNumber(representativeId: $id)
  }
`;
const UPDATE_EXPIRY = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      id
    }
  }
`;

const throughApi: Array<{ agency: SignedUpAgency; id: string; documentId: string }> = [];
// A WEBHOOK channel per agency: its URL and signing secret are sealed under the same keys.
const channels: Array<{ id: string; url: string; secret: string }> = [];
const CREATE_CHANNEL = /* GraphQL */ `
  mutation Create($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      signingSecret
      channel {
        id
      }
    }
  }
`;

/** Every channel's URL and secret on `keyId`, opening to what was given at creation. */
async function expectChannelsOn(keyId: string, keys: string) {
  const opener = cipher(keys);
  const { rows } = await withDb((client) =>
    client.query(
      `SELECT id, url_ciphertext, url_key_id, secret_ciphertext, secret_key_id
       FROM notification_channels ORDER BY id`,
    ),
  );
  expect(rows.length).toBe(channels.length);
  for (const channel of channels) {
    const row = rows.find((candidate) => candidate.id === channel.id);
    expect([row.url_key_id, row.secret_key_id]).toEqual([keyId, keyId]);
    expect(opener.open({ ciphertext: row.url_ciphertext, keyId })).toBe(channel.url);
    expect(opener.open({ ciphertext: row.secret_ciphertext, keyId })).toBe(channel.secret);
  }
}
const bulk: Array<{ agencyId: string; id: string }> = [];

beforeAll(async () => {
  await withAdminClient((client) => client.query(`CREATE DATABASE ${DATABASE_NAME}`));
  // Before rotation: one key, k1. This API boot applies the migrations to the new database.
  api = await startTestApi({ ...STABLE, ID_ENCRYPTION_KEYS: K1, RUN_MIGRATIONS: 'true' });
  for (const name of ['Agency A', 'Agency B']) {
    const agency = await signUpAgency(api, name);
    const portfolio = await createPortfolio(api, agency.token, { sites: ['TH'] });
    originals.set(portfolio.representativeId, {
      idNumber: RESIDENT_IDS[0],
      phone: '+8613800138000',
    });
    agencies.push({ ...agency, entityId: portfolio.entityId });
  }
  for (const agency of agencies) {
    for (const withPhone of [true, true, false])
      throughApi.push({ agency, ...(await addThroughApi(agency, withPhone)) });
    const url = `http://127.0.0.1:9/hooks/${agency.agencyId}`;
    const created = ok(
      await api.gql(
        CREATE_CHANNEL,
        { input: { kind: 'WEBHOOK', name: 'ERP', url, events: ['CASE_OPENED'] } },
        { as: agency.token },
      ),
      'createNotificationChannel',
    ) as { signingSecret: string; channel: { id: string } };
    channels.push({ id: created.channel.id, url, secret: created.signingSecret });
    const ids = await bulkInsert(agency, K1);
    bulk.push(...ids.map((id) => ({ agencyId: agency.agencyId, id })));
  }
}, 120_000);

afterAll(async () => {
  await api?.close();
  await withAdminClient((client) =>
    client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`),
  );
});

describe('rotating the ID encryption key', () => {
  it('knows every sealed column of the schema (a new one must be re-sealed by KeyRotationService)', async () => {
    const { rows } = await withDb((client) =>
      client.query(
        `SELECT table_name || '.' || column_name AS column FROM information_schema.columns
         WHERE table_schema = 'public' AND (column_name LIKE '%ciphertext%' OR column_name LIKE '%key_id')
         ORDER BY 1`,
      ),
    );
    expect(rows.map((row) => row.column)).toEqual([
      'calendar_feeds.token_ciphertext',
      'calendar_feeds.token_key_id',
      'notification_channels.secret_ciphertext',
      'notification_channels.secret_key_id',
      'notification_channels.url_ciphertext',
      'notification_channels.url_key_id',
      'representatives.id_number_ciphertext',
      'representatives.id_number_key_id',
      'representatives.phone_ciphertext',
      'representatives.phone_key_id',
      'users.two_factor_ciphertext',
      'users.two_factor_key_id',
      'users.two_factor_pending_ciphertext',
      'users.two_factor_pending_key_id',
    ]);
  });

  it('re-seals every row under k2 while the app reads and writes, losing no write', async () => {
    const sealedUnderK1 = originals.size;
    await start(`${K1},${K2}`, 'k2');
    const renamed = bulk.filter((_, i) => i % 20 === 0);
    const reveals: Array<{ id: string; revealed: string }> = [];

    // Started first: nestjs-cls resets process-wide state while a Nest context starts.
    const rotation = await createKeyRotationContext(api!.config);
    const [report] = await Promise.all([
      rotation.get(KeyRotationService).rotate({ batchSize: 250 }),
      holdLocked(bulk[1].id, 500),
      renameAsApp(renamed),
      (async () => {
        for (const { agency, id, documentId } of throughApi) {
          // During rotation both keys open: a reveal reads whichever key the row is on.
          reveals.push({
            id,
            revealed: ok(await api!.gql(REVEAL, { id }, { as: agency.token }), 'revealIdNumber'),
          });
          // The ID card's expiry is written to the representative row being rotated.
          ok(
            await api!.gql(
              UPDATE_EXPIRY,
              { id: documentId, input: { expiresOn: '2036-06-30' } },
              { as: agency.token },
            ),
            'updateDocument',
          );
        }
        // New representatives are sealed under k2 straight away.
        for (const agency of agencies) await addThroughApi(agency, true);
      })(),
    ]);
    await rotation.close();

    expect(report).toEqual({
      activeKey: 'k2',
      agencies: 2,
      rotated: sealedUnderK1 + channels.length,
      remaining: 0,
    });
    await expectChannelsOn('k2', K2);
    const rows = new Map((await expectAllOn('k2', K2)).map((row) => [row.id, row]));
    expect(reveals.filter(({ id, revealed }) => revealed !== originals.get(id)!.idNumber)).toEqual(
      [],
    );
    for (const { id } of [...renamed, bulk[1]])
      expect(rows.get(id)!.full_name).toBe(`renamed ${id}`);
    for (const { id } of throughApi) expect(rows.get(id)!.id_expires_on).toBe('2036-06-30');
  });

  it('changes nothing when run again', async () => {
    const before = await sealedRows();
    const rotation = await createKeyRotationContext(api!.config);
    const again = await rotation.get(KeyRotationService).rotate();
    await rotation.close();
    expect(again).toEqual({ activeKey: 'k2', agencies: 2, rotated: 0, remaining: 0 });
    expect(await sealedRows()).toEqual(before);
  });

  it('reads every value once k1 is removed from the configuration', async () => {
    await start(K2, 'k2');
    for (const { agency, id } of throughApi) {
      const revealed = ok(await api!.gql(REVEAL, { id }, { as: agency.token }), 'revealIdNumber');
      expect(revealed).toBe(originals.get(id)!.idNumber);
    }
    await expectAllOn('k2', K2);
  });

  it('runs as the built command, printing counts and never a value', async () => {
    if (!existsSync(COMMAND))
      throw new Error(`Build the API first (npx nx run api:build): ${COMMAND} is missing`);
    const child = spawn(process.execPath, [COMMAND], {
      env: {
        PATH: process.env.PATH,
        ...STABLE,
        ID_ENCRYPTION_KEYS: `${K2},${K3}`,
        ID_ENCRYPTION_ACTIVE_KEY: 'k3',
        LOG_LEVEL: 'silent',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));

    expect({ code, output }).toMatchObject({
      code: 0,
      output: expect.stringMatching(
        new RegExp(
          `Rotated ${originals.size + channels.length} rows in 2 agencies to key "k3" in [0-9.]+ s; 0 left`,
        ),
      ),
    });
    const values = [...originals.values()].flatMap(({ idNumber, phone }) => [idNumber, phone]);
    expect(values.filter((value) => value && output.includes(value))).toEqual([]);
    await expectAllOn('k3', K3);
    await expectChannelsOn('k3', K3);
  });
});
