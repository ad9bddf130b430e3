import { createHash } from 'node:crypto';
import { rowCounts } from '../../support/errors';
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

  it.each([
    ['a PDF named .png', 'application/pdf', PDF, 'licence.png'],
    ['a PNG named .pdf', 'image/png', PNG, 'id-card.pdf'],
    ['a JPEG with no extension', 'image/jpeg', JPEG, 'photo'],
  ])('judges the type by content: %s is %s', async (_label, contentType, data, filename) => {
    const { status, body } = await upload(data, filename, agency.token);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      filename,
      contentType,
      sizeBytes: data.length,
      sha256: sha256(data),
    });
  });

  it('accepts exactly 10 MB', async () => {
    const { status, body } = await upload(pdfOfSize(TEN_MB), 'big.pdf', agency.token);
    expect(status).toBe(201);
    expect(body.sizeBytes).toBe(TEN_MB);
  });

  it.each([
    ['a text file named .pdf', 'UNSUPPORTED_TYPE', Buffer.from('just some notes'), 'notes.pdf'],
    ['an empty file', 'EMPTY', Buffer.alloc(0), 'empty.pdf'],
    ['10 MB and one byte', 'TOO_LARGE', pdfOfSize(TEN_MB + 1), 'huge.pdf'],
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

  it('requires the multipart field "file"', async () => {
    const form = new FormData();
    form.append('scan', new Blob([new Uint8Array(PDF)]), 'licence.pdf');
    const response = await fetch(`${api.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agency.token}` },
      body: form,
    });
    expect(response.status).toBe(400);
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
