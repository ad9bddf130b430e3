import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { rowCounts, sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { CREATE_ENTITY, ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

let api: TestApi;
let agency: SignedUpAgency;
let other: SignedUpAgency;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452', 'hex'),
  Buffer.alloc(32, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);

const TEN_MB = 10 * 1024 * 1024;
/** A PDF (by its first bytes) of exactly `size` bytes. */
function pdfOfSize(size: number): Buffer {
  const data = Buffer.alloc(size, 0x20);
  PDF.copy(data);
  return data;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function upload(data: Buffer, filename: string, token?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), filename);
  const response = await fetch(`${api.url}/files`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * Posts a multipart body written by hand, so the file name goes out byte for byte (FormData escapes
 * quotes, CR and LF; a hostile client does not).
 */
async function uploadRaw(data: Buffer, rawFilename: string, token: string) {
  const boundary = `----veridesk-${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${rawFilename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const response = await fetch(`${api.url}/files`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Where the API keeps the bytes of a stored file (read from its row, not derived from its name). */
async function pathOnDisk(fileId: string): Promise<string> {
  const [row] = await sql<{ storage_key: string }>(
    'SELECT storage_key FROM stored_files WHERE id = $1',
    [fileId],
  );
  return resolve(api.config.FILES_DIR, row.storage_key);
}

/** The stored file is where it belongs, holds exactly the bytes sent, and downloads as sent. */
async function expectStoredIntact(
  stored: { id: string; url: string; sha256: string },
  data: Buffer,
) {
  expect(stored.sha256).toBe(sha256(data));
  const path = await pathOnDisk(stored.id);
  expect(path.startsWith(resolve(api.config.FILES_DIR, agency.agencyId) + sep)).toBe(true);
  expect(path).toMatch(new RegExp(`${stored.id}\\.(pdf|png|jpg)$`));
  expect(sha256(await readFile(path))).toBe(stored.sha256);
  const downloaded = await download(stored.url, agency.token);
  expect(downloaded.status).toBe(200);
  expect(sha256(Buffer.from(await downloaded.arrayBuffer()))).toBe(stored.sha256);
}

/** The file's url, on the test server (the API names its public URL). */
function download(url: string, token?: string) {
  return fetch(`${api.url}${new URL(url).pathname}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
  other = await signUpAgency(api, '另一家服务商');
});
afterAll(() => api.close());

describe('uploading a scan', () => {
  it('stores a PDF and returns the StoredFile with its sha256', async () => {
    const { status, body } = await upload(PDF, '营业执照.pdf', agency.token);
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      filename: '营业执照.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      url: expect.stringMatching(new RegExp(`/files/${body.id}$`)),
    });
  });

  // A misnamed scan is stored for what it is, and renamed to match, so it opens once downloaded.
  it.each([
    ['a PDF named .png', 'application/pdf', 'licence.png', 'licence.pdf', PDF],
    ['a PNG named .pdf', 'image/png', 'id-card.pdf', 'id-card.png', PNG],
    ['a JPEG with no extension', 'image/jpeg', 'photo', 'photo.jpg', JPEG],
    ['a JPEG named .JPEG', 'image/jpeg', 'scan.JPEG', 'scan.JPEG', JPEG],
  ])(
    'judges the type by content: %s is %s, stored as %s → %s',
    async (_label, contentType, filename, storedName, data) => {
      const { status, body } = await upload(data, filename, agency.token);
      expect(status).toBe(201);
      expect(body).toMatchObject({
        filename: storedName,
        contentType,
        sizeBytes: data.length,
        sha256: sha256(data),
      });
      const downloaded = await download(body.url, agency.token);
      expect(downloaded.headers.get('content-type')).toBe(contentType);
      expect(downloaded.headers.get('content-disposition')).toBe(
        `inline; filename*=UTF-8''${encodeURIComponent(storedName)}`,
      );
    },
  );

  it('accepts exactly 10 MB', async () => {
    const { status, body } = await upload(pdfOfSize(TEN_MB), 'big.pdf', agency.token);
    expect(status).toBe(201);
    expect(body.sizeBytes).toBe(TEN_MB);
  });

  it.each([
    ['a text file named .pdf', 'UNSUPPORTED_TYPE', Buffer.from('just some notes'), 'notes.pdf'],
    ['a GIF named .png', 'UNSUPPORTED_TYPE', Buffer.from('GIF89a\x01\x00\x01\x00'), 'id.png'],
    [
      'a ZIP (an Office file) named .pdf',
      'UNSUPPORTED_TYPE',
      Buffer.from('PK\x03\x04rest'),
      'a.pdf',
    ],
    ['a Windows program named .jpg', 'UNSUPPORTED_TYPE', Buffer.from('MZ\x90\x00\x03'), 'a.jpg'],
    ['an SVG with a script', 'UNSUPPORTED_TYPE', Buffer.from('<svg onload="alert(1)"/>'), 'a.png'],
    ['a PNG signature cut short', 'UNSUPPORTED_TYPE', PNG.subarray(0, 4), 'short.png'],
    ['"%PDF" without its dash', 'UNSUPPORTED_TYPE', Buffer.from('%PDF1.4'), 'almost.pdf'],
    [
      'a PDF signature not at the start',
      'UNSUPPORTED_TYPE',
      Buffer.concat([Buffer.from(' '), PDF]),
      'late.pdf',
    ],
    ['an empty file', 'EMPTY', Buffer.alloc(0), 'empty.pdf'],
    ['10 MB and one byte', 'TOO_LARGE', pdfOfSize(TEN_MB + 1), 'huge.pdf'],
    ['11 MB', 'TOO_LARGE', pdfOfSize(11 * 1024 * 1024), 'huge.pdf'],
    ['12 MB', 'TOO_LARGE', pdfOfSize(12 * 1024 * 1024), 'huger.pdf'],
  ])('refuses %s with 400 and %s, storing nothing', async (_label, code, data, filename) => {
    const before = await rowCounts(agency.agencyId);
    const { status, body } = await upload(data, filename, agency.token);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'file', code })],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it.each([
    ['a path up to /etc', '../../etc/passwd', 'passwd.pdf'],
    ['an absolute path', '/var/lib/veridesk/licence.pdf', 'licence.pdf'],
    ['a Windows path up', '..\\..\\x.pdf', 'x.pdf'],
    ['a storage key of another agency', '00000000-0000-4000-8000-000000000000/a.pdf', 'a.pdf'],
    ['a hidden name', '.htaccess', 'htaccess.pdf'],
    ['right-to-left override', '\u202egpj.pdf', 'gpj.pdf'],
    ['a tab', 'a\tb.pdf', 'ab.pdf'],
    [
      '300 emoji (cut whole, never half a pair)',
      `x${'😀'.repeat(300)}.pdf`,
      `x${'😀'.repeat(195)}.pdf`,
    ],
    ['Chinese', '营业执照 2030.pdf', '营业执照 2030.pdf'],
  ])('keeps only a clean base name: %s', async (_label, rawFilename, storedName) => {
    const { status, body } = await uploadRaw(PDF, rawFilename, agency.token);
    expect(status).toBe(201);
    expect(body.filename).toBe(storedName);
    await expectStoredIntact(body, PDF);
  });

  // A raw NUL, LF or DEL breaks the multipart header itself; a CR LF or a stray quote ends the name
  // early, and busboy reads a file part named "." or ".." as a plain field: no file was attached.
  it.each([
    ['a NUL', 'MALFORMED', 'evil\u0000.pdf'],
    ['a lone LF', 'MALFORMED', 'new\nline.pdf'],
    ['a DEL', 'MALFORMED', 'a\u007fb.pdf'],
    ['CR LF and an injected header', 'REQUIRED', 'a\r\nContent-Type: text/html.pdf'],
    ['a stray quote', 'REQUIRED', 'a"b.pdf'],
    ['dots only', 'REQUIRED', '..'],
  ])('refuses a file name with %s (400, %s), storing nothing', async (_label, code, name) => {
    const before = await rowCounts(agency.agencyId);
    const { status, body } = await uploadRaw(PDF, name, agency.token);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'file', code })],
    });
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('stores 10 parallel uploads, each intact under its own id', async () => {
    const before = await rowCounts(agency.agencyId);
    const scans = Array.from({ length: 10 }, (_, index) =>
      Buffer.concat([[PDF, PNG, JPEG][index % 3], Buffer.from(`scan ${index}`)]),
    );
    const results = await Promise.all(
      scans.map((data, index) => upload(data, `scan-${index}`, agency.token)),
    );
    expect(results.map((result) => result.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((result) => result.body.id)).size).toBe(10);
    await Promise.all(
      results.map((result, index) => expectStoredIntact(result.body, scans[index])),
    );
    const after = await rowCounts(agency.agencyId);
    expect(after.stored_files).toBe(before.stored_files + 10);
  });

  it('requires the multipart field "file"', async () => {
    const form = new FormData();
    form.append('scan', new Blob([new Uint8Array(PDF)]), 'licence.pdf');
    const response = await fetch(`${api.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agency.token}` },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'file' })],
    });
  });

  it('refuses a body that is not multipart/form-data', async () => {
    const response = await fetch(`${api.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agency.token}`, 'content-type': 'multipart/mixed' },
      body: PDF,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a VIEWER (403) and a caller without credentials (401)', async () => {
    const viewer = await addMember(api, agency.token, 'VIEWER');
    const before = await rowCounts(agency.agencyId);
    const byViewer = await upload(PDF, 'licence.pdf', viewer.token);
    expect(byViewer.status).toBe(403);
    expect(byViewer.body.code).toBe('FORBIDDEN');
    const anonymous = await upload(PDF, 'licence.pdf');
    expect(anonymous.status).toBe(401);
    expect(await rowCounts(agency.agencyId)).toEqual(before);
  });

  it('lets a MANAGER upload', async () => {
    const manager = await addMember(api, agency.token, 'MANAGER');
    expect((await upload(PDF, 'licence.pdf', manager.token)).status).toBe(201);
  });
});

describe('downloading a scan', () => {
  let stored: any;
  beforeAll(async () => {
    stored = (await upload(PNG, '身份证.png', agency.token)).body;
  });

  it('serves the bytes to a member of the same agency', async () => {
    const viewer = await addMember(api, agency.token, 'VIEWER');
    for (const token of [agency.token, viewer.token]) {
      const response = await download(stored.url, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(sha256(bytes)).toBe(stored.sha256);
    }
  });

  it("answers 404 to another agency's member, as if the file did not exist", async () => {
    const response = await download(stored.url, other.token);
    expect(response.status).toBe(404);
    const missing = await download(
      stored.url.replace(stored.id, '00000000-0000-4000-8000-000000000000'),
      agency.token,
    );
    expect(missing.status).toBe(404);
  });

  it('answers 401 without credentials', async () => {
    const response = await download(stored.url);
    expect(response.status).toBe(401);
  });
});

describe('a document with its scan', () => {
  it('shows the uploaded file on the recorded document', async () => {
    const entityId = ok(
      await api.gql(
        CREATE_ENTITY,
        {
          input: {
            legalName: '厦门华宇进出口有限公司',
            uscc: makeUscc(700),
            registeredRepresentativeName: '陈静',
          },
        },
        { as: agency.token },
      ),
      'createSellerEntity',
    ).id;
    const stored = (await upload(PDF, '营业执照-2030.pdf', agency.token)).body;
    const document = ok(
      await api.gql(
        `mutation R($input: RecordDocumentInput!) {
          recordDocument(input: $input) { id file { id filename contentType sha256 url } }
        }`,
        {
          input: {
            sellerEntityId: entityId,
            type: 'BUSINESS_LICENSE',
            expiresOn: '2030-01-01',
            fileId: stored.id,
          },
        },
        { as: agency.token },
      ),
      'recordDocument',
    );
    expect(document.file).toEqual({
      id: stored.id,
      filename: '营业执照-2030.pdf',
      contentType: 'application/pdf',
      sha256: sha256(PDF),
      url: stored.url,
    });
  });
});
