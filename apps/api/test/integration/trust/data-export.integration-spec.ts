// RULES.md, "Trust" — export: requestDataExport (OWNER/ADMIN) builds, in the worker, one ZIP of
// everything the agency holds — JSON Lines per table with ID and phone numbers opened, the uploaded
// files, a manifest with counts and SHA-256 of each file — downloadable at `url` by the agency's
// OWNERs and ADMINs for 24 hours; audited; the requester gets an email. Opened with yauzl, a
// standard ZIP reader.
import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { addMember, signUpAgency } from '../../support/fixtures';
import { ok, RESIDENT_IDS } from '../../support/portfolio';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';
import { startTestWorker, TestWorker } from '../../support/test-worker';
import { tenantTables } from '../../support/tenant-tables';

const REQUEST = /* GraphQL */ `
  mutation {
    requestDataExport {
      id
      status
      url
      createdAt
    }
  }
`;
const EXPORTS = /* GraphQL */ `
  {
    dataExports {
      id
      status
      createdAt
      readyAt
      sizeBytes
      url
      expiresAt
    }
  }
`;
const LOG = /* GraphQL */ `
  {
    auditLog(first: 100) {
      edges {
        node {
          actor
          action
          subjectId
        }
      }
    }
  }
`;
const UPDATE_ROLE = /* GraphQL */ `
  mutation U($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
    }
  }
`;

const smtp = new SmtpPeer();
let api: TestApi;
let worker: TestWorker;
let records: AgencyRecords;
let other: AgencyRecords;

beforeAll(async () => {
  const shared = {
    QUEUE_PREFIX: `export_${randomBytes(4).toString('hex')}`,
    SMTP_URL: await smtp.start(),
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    FILES_DIR: `/tmp/veridesk-test-export-${randomBytes(4).toString('hex')}`,
  };
  api = await startTestApi(shared);
  worker = await startTestWorker(shared);
  api.clock.set(RECORDS_NOW);
  records = await createAgencyRecords(api, await signUpAgency(api, '导出服务商'), 'X-exported');
  other = await createAgencyRecords(api, await signUpAgency(api, '他人服务商'), 'Y-other');
  api.clock.reset();
}, 60_000);

afterAll(async () => {
  await worker?.close();
  await api?.close();
  await smtp.stop();
  if (api) await rm(api.config.FILES_DIR, { recursive: true, force: true });
});

/** Every entry of a ZIP, read by yauzl. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true }, (error, zip?: ZipFile) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The URL on the test API (PUBLIC_URL names where it would be served). */
function local(url: string | URL): string {
  const parsed = new URL(url);
  return `${api.url}${parsed.pathname}${parsed.search}`;
}
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const lines = (data: Buffer) =>
  data
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('data export', () => {
  let adminToken: string;
  let adminEmail: string;
  let ready: any;

  it('is built by the worker into a ZIP an ordinary reader opens, with everything the agency holds', async () => {
    const adminMember = await addMember(api, records.ownerToken, 'ADMIN');
    adminToken = adminMember.token;
    adminEmail = adminMember.email;
    const requested = ok(await api.gql(REQUEST, {}, { as: adminToken }), 'requestDataExport');
    expect(requested).toMatchObject({ status: 'PENDING', url: null });

    ready = await eventually(async () => {
      const [latest] = ok(await api.gql(EXPORTS, {}, { as: adminToken }), 'dataExports');
      expect(latest.status).toBe('READY');
      return latest;
    }, 20_000);
    expect(ready.id).toBe(requested.id);
    expect(new Date(ready.expiresAt).getTime() - new Date(ready.readyAt).getTime()).toBe(
      24 * 3_600_000,
    );

    const response = await fetch(local(ready.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.length).toBe(ready.sizeBytes);
    const entries = await unzip(zip);

    // A JSON Lines file per table the catalog lists, plus the agency and its members' logins.
    const tables = await withAdminClient(
      (client) => tenantTables(client),
      process.env.TEST_DATABASE_URL,
    );
    for (const table of [...tables, 'agencies', 'users'])
      expect(entries.has(`tables/${table}.jsonl`)).toBe(true);

    // The manifest: counts and SHA-256 of every other entry, each matching what was read.
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    const listed = new Map<string, any>(manifest.entries.map((entry: any) => [entry.path, entry]));
    expect([...listed.keys()].sort()).toEqual(
      [...entries.keys()].filter((name) => name !== 'manifest.json').sort(),
    );
    for (const [name, data] of entries) {
      if (name === 'manifest.json') continue;
      expect({ name, sha256: listed.get(name).sha256, bytes: listed.get(name).bytes }).toEqual({
        name,
        sha256: sha256(data),
        bytes: data.length,
      });
      if (name.endsWith('.jsonl')) expect(listed.get(name).count).toBe(lines(data).length);
    }
    // Row counts agree with the database.
    const counts = await withAdminClient(async (client) => {
      const result: Record<string, number> = {};
      for (const table of tables) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM "${table}" WHERE agency_id = $1`,
          [records.agencyId],
        );
        result[table] = rows[0].n;
      }
      return result;
    }, process.env.TEST_DATABASE_URL);
    for (const table of tables) {
      if (table === 'audit_events' || table === 'data_exports') continue; // written while it ran
      expect({ table, count: listed.get(`tables/${table}.jsonl`).count }).toEqual({
        table,
        count: counts[table],
      });
    }

    // ID and phone numbers opened; secrets and hashes left out.
    const representatives = lines(entries.get('tables/representatives.jsonl')!);
    expect(representatives.map((row) => row.id_number)).toContain(RESIDENT_IDS[0]);
    expect(representatives.some((row) => String(row.phone).includes('13800138000'))).toBe(true);
    const everything = [...entries.entries()]
      .filter(([name]) => name.endsWith('.jsonl'))
      .map(([, data]) => data.toString('utf8'))
      .join('\n');
    for (const secret of [
      '_ciphertext',
      'token_hash',
      'secret_hash',
      'password_hash',
      'id_number_hash',
    ])
      expect(everything).not.toContain(secret);
    // The uploaded files, byte for byte as stored.
    const stored = await withAdminClient(
      async (client) =>
        (
          await client.query(`SELECT id, filename, sha256 FROM stored_files WHERE agency_id = $1`, [
            records.agencyId,
          ])
        ).rows,
      process.env.TEST_DATABASE_URL,
    );
    expect(stored.length).toBeGreaterThan(1);
    for (const file of stored)
      expect(sha256(entries.get(`files/${file.id}/${file.filename}`)!)).toBe(file.sha256);
    // Nothing of another agency.
    expect(everything).not.toContain(other.agencyId);
    expect(everything).not.toContain('Y-other');
    expect(everything).toContain('X-exported');
  });

  it('mails the requester and audits the request and each download', async () => {
    const mail = await eventually(() => {
      const found = smtp.inbox.find((message) => message.to.includes(adminEmail));
      expect(found).toBeDefined();
      return found!;
    });
    expect(mail.data).toContain('/settings/agency');
    const actions = ok(await api.gql(LOG, {}, { as: records.ownerToken }), 'auditLog').edges.map(
      (edge: any) => edge.node,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'dataExport.request', subjectId: ready.id }),
        expect.objectContaining({
          action: 'dataExport.download',
          subjectId: ready.id,
          actor: `user:${adminEmail}`,
        }),
      ]),
    );
  });

  it('is downloadable by OWNERs and ADMINs only, with an intact ticket, for 24 hours', async () => {
    const url = new URL(ready.url);
    const noTicket = await fetch(local(`${url.origin}${url.pathname}`));
    expect(noTicket.status).toBe(404);
    const ticket = url.searchParams.get('ticket')!;
    const tampered = new URL(ready.url);
    tampered.searchParams.set(
      'ticket',
      ticket.replace(/\.(\d+)\./, (_, n) => `.${Number(n) + 1}.`),
    );
    expect((await fetch(local(tampered))).status).toBe(404);
    // Another export's id with this ticket: nothing.
    const other = new URL(ready.url);
    other.pathname = other.pathname.replace(ready.id, records.fileId);
    expect((await fetch(local(other))).status).toBe(404);

    // The OWNER gets a URL of their own.
    const [ownerView] = ok(await api.gql(EXPORTS, {}, { as: records.ownerToken }), 'dataExports');
    expect(ownerView.url).not.toBe(ready.url);
    expect((await fetch(local(ownerView.url))).status).toBe(200);

    // The ADMIN demoted: their URL stops working.
    const members = ok(
      await api.gql(`{ members { id user { email } } }`, {}, { as: records.ownerToken }),
      'members',
    );
    const memberId = members.find((member: any) => member.user.email === adminEmail).id;
    ok(
      await api.gql(
        UPDATE_ROLE,
        { input: { memberId, role: 'MANAGER' } },
        { as: records.ownerToken },
      ),
      'updateMemberRole',
    );
    expect((await fetch(local(ready.url))).status).toBe(403);

    // 24 hours on: expired, no URL, no download.
    api.clock.set(new Date(new Date(ready.expiresAt).getTime() + 1000));
    try {
      const [expired] = ok(await api.gql(EXPORTS, {}, { as: records.ownerToken }), 'dataExports');
      expect(expired).toMatchObject({ status: 'EXPIRED', url: null });
      expect((await fetch(local(ownerView.url))).status).toBe(404);
    } finally {
      api.clock.reset();
    }
  });
});
