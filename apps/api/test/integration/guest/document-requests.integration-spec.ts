// Document requests (RULES.md "Guest links"): a MANAGER asks the seller for a renewed document by a
// link valid expiresInDays (default 14, at most 30); the seller uploads scans under POST /files'
// rules and submits the number and dates once, under recordDocument's rules; a MANAGER accepts (the
// document recorded exactly as recordDocument would: readiness and impact change at once) or rejects
// with a note the link then shows. Tokens: unknown, expired or revoked → NOT_FOUND, 30 such answers
// to one address in 15 minutes → RATE_LIMITED. Guest files are served only to the agency; guest
// actions are audited as coming through the link; DOCUMENT_SUBMITTED reaches subscribed channels.
import { createHash, randomBytes } from 'node:crypto';
import { caseClient } from '../../support/cases';
import { ChannelReceiver, startWebhookReceiver } from '@veridesk/testing';
import { failure, sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { createPortfolio, ok, Portfolio, RECORD_DOCUMENT } from '../../support/portfolio';
import { eventually } from '../../support/smtp-peer';
import { startTestWorker, TestWorker } from '../../support/test-worker';
import { startTestApi, TestApi, uniqueAddress } from '../../support/test-api';

const REQUEST = /* GraphQL */ `
  mutation R($input: RequestDocumentInput!) {
    requestDocument(input: $input) {
      id
      url
      status
      expiresAt
      createdAt
      type
      message
    }
  }
`;
const REVOKE = `mutation V($id: ID!) { revokeDocumentRequest(id: $id) { id status url } }`;
const REVIEW = /* GraphQL */ `
  mutation W($id: ID!, $accept: Boolean!, $note: String) {
    reviewDocumentRequest(id: $id, accept: $accept, note: $note) {
      id
      status
      reviewNote
      submittedFiles {
        id
        contentType
      }
      document {
        id
        type
        number
        issuedOn
        expiresOn
        file {
          id
        }
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query L($first: Int, $after: String, $status: DocumentRequestStatus, $sellerEntityId: ID) {
    documentRequests(
      first: $first
      after: $after
      status: $status
      sellerEntityId: $sellerEntityId
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          url
          type
          submittedNumber
          submittedIssuedOn
          submittedExpiresOn
          submittedLongTerm
          submittedAt
          reviewNote
          sellerEntity {
            id
          }
          representative {
            id
          }
          submittedFiles {
            id
          }
          document {
            id
          }
        }
      }
    }
  }
`;
const GUEST = /* GraphQL */ `
  query G($token: String!) {
    guestDocumentRequest(token: $token) {
      agencyName
      sellerEntityName
      type
      message
      status
      expiresAt
      reviewNote
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation S($token: String!, $input: SubmitDocumentRequestInput!) {
    submitDocumentRequest(token: $token, input: $input) {
      status
      type
      reviewNote
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query E($id: ID!) {
    sellerEntity(id: $id) {
      businessLicense {
        id
        expiresOn
        issuedOn
        number
        file {
          id
        }
      }
      documents {
        id
        type
      }
    }
  }
`;
const READINESS = `query C($id: ID!) { verificationCase(id: $id) { readiness { ready issues { code severity } } } }`;
const IMPACT = /* GraphQL */ `
  query I($filter: ImpactFilter) {
    affectedStores(first: 100, filter: $filter) {
      edges {
        node {
          reasons {
            code
          }
        }
      }
    }
  }
`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452', 'hex'),
  Buffer.alloc(32, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
const TEN_MB = 10 * 1024 * 1024;
const DAY = 86_400_000;

const shared = {
  QUEUE_PREFIX: `dreq_${randomBytes(4).toString('hex')}`,
  AUTH_SECRET: randomBytes(32).toString('hex'),
  ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  ID_HASH_KEY: randomBytes(32).toString('hex'),
  CHANNEL_RETRY_DELAY_MS: '20',
  CHANNEL_LEASE_MS: '5000',
};
let api: TestApi;
/** The worker: channel events are collected and sent there. */
let worker: TestWorker;
let a: SignedUpAgency;
let b: SignedUpAgency;
let portfolio: Portfolio;

const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A guest's calls come from one address of their own unless a test says otherwise. */
function guest(address = uniqueAddress()) {
  const headers = { 'x-forwarded-for': address };
  return {
    view: (token: string) => api.gql(GUEST, { token }, { headers }),
    submit: (token: string, input: Record<string, unknown>) =>
      api.gql(SUBMIT, { token, input }, { headers }),
    upload: async (token: string, data = PDF, name = 'scan.pdf') => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(data)]), name);
      const response = await fetch(`${api.url}/guest/${encodeURIComponent(token)}/files`, {
        method: 'POST',
        headers,
        body: form,
      });
      return { status: response.status, body: (await response.json()) as any };
    },
  };
}

async function request(
  input: Record<string, unknown> = {},
  as = a.token,
  sellerEntityId = portfolio.entityId,
) {
  return ok(
    await api.gql(
      REQUEST,
      { input: { sellerEntityId, type: 'BUSINESS_LICENSE', message: '请上传新执照', ...input } },
      { as },
    ),
    'requestDocument',
  );
}

/** A request with one scan uploaded through its link: its id, token and the scan's id. */
async function requestWithScan(
  input: Record<string, unknown> = {},
  as = a.token,
  sellerEntityId = portfolio.entityId,
) {
  const created = await request(input, as, sellerEntityId);
  const token = tokenOf(created.url);
  const uploaded = await guest().upload(token, PNG, '执照.png');
  expect(uploaded.status).toBe(201);
  return { id: created.id as string, token, fileId: uploaded.body.id as string };
}

async function listed(as = a.token, variables: Record<string, unknown> = {}) {
  return ok(await api.gql(LIST, { first: 100, ...variables }, { as }), 'documentRequests') as {
    totalCount: number;
    edges: Array<{ node: any }>;
  };
}

async function requestRow(id: string) {
  const [row] = await sql('SELECT * FROM document_requests WHERE id = $1', [id]);
  return row;
}

const auditOf = (subjectId: string) =>
  sql<{ actor: string; action: string; changes: any }>(
    `SELECT actor, action, changes FROM audit_events WHERE subject_id = $1 ORDER BY at, id`,
    [subjectId],
  );

beforeAll(async () => {
  api = await startTestApi(shared);
  worker = await startTestWorker(shared);
  a = await signUpAgency(api, '甲 服务商');
  b = await signUpAgency(api, '乙 服务商');
  // A licence that expired long ago: a readiness blocker and an impact on the entity's stores.
  portfolio = await createPortfolio(api, a.token, {
    sites: ['TH'],
    licenseExpiresOn: '2020-01-31',
  });
});
afterEach(() => api.clock.reset());
afterAll(async () => {
  await worker?.close();
  await api?.close();
});

describe('requestDocument', () => {
  it('returns the link once, valid 14 days by default; only the token’s SHA-256 is kept', async () => {
    api.clock.set('2026-12-01T02:00:00.000Z');
    const created = await request();
    expect(created.url).toMatch(/^http:\/\/localhost:3000\/d\/[A-Za-z0-9_-]{43,}$/);
    expect(created.status).toBe('OPEN');
    expect(created.expiresAt).toBe(
      new Date(Date.parse('2026-12-01T02:00:00.000Z') + 14 * DAY).toISOString(),
    );
    const token = tokenOf(created.url);
    const row = await requestRow(created.id);
    expect(row.token_hash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // Never again in clear: the list has no token.
    const again = (await listed()).edges.find((edge) => edge.node.id === created.id)!.node;
    expect(again.url).not.toContain(token);
    expect((await guest().view(token)).data?.guestDocumentRequest).toEqual({
      agencyName: '甲 服务商',
      sellerEntityName: '深圳市海拓电子商务有限公司',
      type: 'BUSINESS_LICENSE',
      message: '请上传新执照',
      status: 'OPEN',
      expiresAt: created.expiresAt,
      reviewNote: null,
    });
  });

  it('takes expiresInDays up to 30; 31 or 0 is a field error and nothing is written', async () => {
    api.clock.set('2026-12-01T02:00:00.000Z');
    const thirty = await request({ expiresInDays: 30 });
    expect(thirty.expiresAt).toBe(
      new Date(Date.parse('2026-12-01T02:00:00.000Z') + 30 * DAY).toISOString(),
    );
    const [{ n: before }] = await sql('SELECT count(*)::int AS n FROM document_requests');
    for (const days of [31, 0]) {
      const refused = await api.gql(
        REQUEST,
        {
          input: {
            sellerEntityId: portfolio.entityId,
            type: 'BUSINESS_LICENSE',
            expiresInDays: days,
          },
        },
        { as: a.token },
      );
      expect(failure(refused)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['expiresInDays:OUT_OF_RANGE'],
      });
    }
    const [{ n: after }] = await sql('SELECT count(*)::int AS n FROM document_requests');
    expect(after).toBe(before);
  });

  it('asks for an ID card only with its representative, and only one of the entity', async () => {
    const other = await createPortfolio(api, a.token, { sites: ['MY'] });
    expect(
      failure(
        await api.gql(
          REQUEST,
          { input: { sellerEntityId: portfolio.entityId, type: 'RESIDENT_ID_CARD' } },
          { as: a.token },
        ),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['representativeId:REQUIRED'] });
    expect(
      failure(
        await api.gql(
          REQUEST,
          {
            input: {
              sellerEntityId: portfolio.entityId,
              representativeId: other.representativeId,
              type: 'RESIDENT_ID_CARD',
            },
          },
          { as: a.token },
        ),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['representativeId:OTHER_ENTITY'] });
  });
});

describe('tokens', () => {
  it('expire: NOT_FOUND for the page, the upload and the submission once expiresAt passes', async () => {
    api.clock.set('2026-12-01T02:00:00.000Z');
    const created = await request();
    const token = tokenOf(created.url);
    api.clock.set(new Date(Date.parse(created.expiresAt) - 60_000));
    expect((await guest().view(token)).data?.guestDocumentRequest.status).toBe('OPEN');
    api.clock.set(created.expiresAt);
    const door = guest();
    expect(failure(await door.view(token)).code).toBe('NOT_FOUND');
    const uploaded = await door.upload(token);
    expect([uploaded.status, uploaded.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(
      failure(await door.submit(token, { fileIds: ['00000000-0000-4000-8000-000000000000'] })).code,
    ).toBe('NOT_FOUND');
    const node = (await listed(a.token, { status: 'EXPIRED' })).edges.map((edge) => edge.node.id);
    expect(node).toContain(created.id);
  });

  it('are revoked at once: NOT_FOUND everywhere, the request REVOKED, audited', async () => {
    const { id, token, fileId } = await requestWithScan();
    const revoked = ok(await api.gql(REVOKE, { id }, { as: a.token }), 'revokeDocumentRequest');
    expect(revoked.status).toBe('REVOKED');
    const door = guest();
    expect(failure(await door.view(token)).code).toBe('NOT_FOUND');
    expect((await door.upload(token)).status).toBe(404);
    expect(failure(await door.submit(token, { fileIds: [fileId], longTerm: true })).code).toBe(
      'NOT_FOUND',
    );
    expect((await requestRow(id)).submitted_at).toBeNull();
    expect((await auditOf(id)).map((event) => event.action)).toContain('documentRequest.revoke');
  });

  it('unknown ones answer NOT_FOUND; past 30 such answers an address is RATE_LIMITED, valid tokens included', async () => {
    const valid = tokenOf((await request()).url);
    const door = guest();
    for (let attempt = 0; attempt < 30; attempt++) {
      const unknown = randomBytes(32).toString('base64url');
      expect(failure(await door.view(unknown)).code).toBe('NOT_FOUND');
    }
    expect(failure(await door.view(valid)).code).toBe('RATE_LIMITED');
    expect((await door.upload(valid)).status).toBe(429);
    // Another address is not throttled.
    expect((await guest().view(valid)).data?.guestDocumentRequest.status).toBe('OPEN');
  });
});

describe('POST /guest/<token>/files', () => {
  it('takes PDF, JPEG and PNG by their content, answering only { id }', async () => {
    const token = tokenOf((await request()).url);
    for (const [data, name, contentType] of [
      [PDF, 'scan.pdf', 'application/pdf'],
      [JPEG, 'photo.jpg', 'image/jpeg'],
      [PNG, 'page.png', 'image/png'],
      // Judged by the bytes, not the name: a PNG named .pdf is a PNG.
      [PNG, 'renamed.pdf', 'image/png'],
    ] as const) {
      const { status, body } = await guest().upload(token, data, name);
      expect(status).toBe(201);
      expect(Object.keys(body)).toEqual(['id']);
      const [row] = await sql('SELECT content_type, agency_id FROM stored_files WHERE id = $1', [
        body.id,
      ]);
      expect(row).toEqual({ content_type: contentType, agency_id: a.agencyId });
    }
  });

  it.each([
    ['a text file named .pdf', 'UNSUPPORTED_TYPE', Buffer.from('just some notes'), 'notes.pdf'],
    ['a GIF named .png', 'UNSUPPORTED_TYPE', Buffer.from('GIF89a\x01\x00\x01\x00'), 'id.png'],
    ['a CSV (import only, not a scan)', 'UNSUPPORTED_TYPE', Buffer.from('a,b\n1,2\n'), 'a.csv'],
    ['an empty file', 'EMPTY', Buffer.alloc(0), 'empty.pdf'],
    [
      '10 MB and one byte',
      'TOO_LARGE',
      Buffer.concat([PDF, Buffer.alloc(TEN_MB + 1 - PDF.length, 0x20)]),
      'big.pdf',
    ],
  ])('refuses %s (%s), storing nothing', async (_label, code, data, name) => {
    const token = tokenOf((await request()).url);
    const [{ n: before }] = await sql('SELECT count(*)::int AS n FROM stored_files');
    const { status, body } = await guest().upload(token, data, name);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'file', code })],
    });
    const [{ n: after }] = await sql('SELECT count(*)::int AS n FROM stored_files');
    expect(after).toBe(before);
  });

  it('takes exactly 10 MB, and at most 10 files per request', async () => {
    const token = tokenOf((await request()).url);
    const big = Buffer.concat([PDF, Buffer.alloc(TEN_MB - PDF.length, 0x20)]);
    expect((await guest().upload(token, big, 'big.pdf')).status).toBe(201);
    for (let index = 1; index < 10; index++)
      expect((await guest().upload(token, PNG, `${index}.png`)).status).toBe(201);
    const eleventh = await guest().upload(token, PNG, '11.png');
    expect(eleventh.status).toBe(400);
    expect(eleventh.body.fieldErrors).toEqual([
      expect.objectContaining({ field: 'file', code: 'TOO_MANY' }),
    ]);
  });

  it('serves guest files only to the agency: the guest (no credentials) and another agency cannot download', async () => {
    const { fileId } = await requestWithScan();
    const get = (as?: string) =>
      fetch(`${api.url}/files/${fileId}`, { headers: as ? { authorization: `Bearer ${as}` } : {} });
    expect((await get()).status).toBe(401);
    expect((await get(b.token)).status).toBe(404);
    const mine = await get(a.token);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer())).toEqual(PNG);
  });
});

describe('submitDocumentRequest', () => {
  it('submits once: the request SUBMITTED, the link then shows only its status, audited as the guest', async () => {
    const { id, token, fileId } = await requestWithScan();
    const door = guest();
    const second = await door.upload(token, PDF, 'page2.pdf');
    const submitted = await door.submit(token, {
      fileIds: [fileId, second.body.id],
      number: ' 91440300MA5F000000 ',
      issuedOn: '2026-11-01',
      expiresOn: '2046-10-31',
    });
    expect(submitted.data?.submitDocumentRequest).toEqual({
      status: 'SUBMITTED',
      type: 'BUSINESS_LICENSE',
      reviewNote: null,
    });
    const node = (await listed()).edges.find((edge) => edge.node.id === id)!.node;
    expect(node).toMatchObject({
      status: 'SUBMITTED',
      submittedNumber: '91440300MA5F000000',
      submittedIssuedOn: '2026-11-01',
      submittedExpiresOn: '2046-10-31',
      submittedLongTerm: false,
      submittedFiles: [{ id: fileId }, { id: second.body.id }],
      document: null,
    });
    // Once.
    expect(failure(await door.submit(token, { fileIds: [fileId], longTerm: true })).code).toBe(
      'CONFLICT',
    );
    expect((await door.upload(token)).body.code).toBe('CONFLICT');
    expect((await door.view(token)).data?.guestDocumentRequest.status).toBe('SUBMITTED');
    expect((await requestRow(id)).submitted_long_term).toBe(false);
    // Every guest action is audited as coming through the link.
    const guestActor = `guest:document-request:${id}`;
    const events = await sql<{ actor: string; action: string; subject_id: string }>(
      `SELECT actor, action, subject_id FROM audit_events WHERE actor = $1 ORDER BY at, id`,
      [guestActor],
    );
    expect(events.map((event) => [event.action, event.subject_id])).toEqual([
      ['file.upload', fileId],
      ['file.upload', second.body.id],
      ['documentRequest.submit', id],
    ]);
  });

  it('longTerm: no expiry', async () => {
    const { id, token, fileId } = await requestWithScan();
    await guest().submit(token, { fileIds: [fileId], expiresOn: '2030-01-01', longTerm: true });
    const row = await requestRow(id);
    expect([row.submitted_expires_on, row.submitted_long_term]).toEqual([null, true]);
  });

  it.each([
    ['an expiry before the issue date', { issuedOn: '2026-11-01', expiresOn: '2026-10-01' }],
    ['a date not of the calendar', { issuedOn: '2026-02-30', expiresOn: '2030-01-01' }],
    ['a badly written date', { expiresOn: '30/01/2030' }],
    ['a number too long', { number: 'x'.repeat(101), expiresOn: '2030-01-01' }],
  ])(
    'answers %s with recordDocument’s own field errors, writing nothing',
    async (_label, dates) => {
      const { id, token, fileId } = await requestWithScan();
      const recorded = failure(
        await api.gql(
          RECORD_DOCUMENT,
          { input: { sellerEntityId: portfolio.entityId, type: 'BUSINESS_LICENSE', ...dates } },
          { as: a.token },
        ),
      );
      const before = await requestRow(id);
      const [{ n: auditBefore }] = await sql(
        'SELECT count(*)::int AS n FROM audit_events WHERE agency_id = $1',
        [a.agencyId],
      );
      const submitted = failure(await guest().submit(token, { fileIds: [fileId], ...dates }));
      expect(submitted).toEqual(recorded);
      expect(submitted.code).toBe('BAD_USER_INPUT');
      expect(submitted.fields.length).toBeGreaterThan(0);
      expect(await requestRow(id)).toEqual(before);
      const [{ n: auditAfter }] = await sql(
        'SELECT count(*)::int AS n FROM audit_events WHERE agency_id = $1',
        [a.agencyId],
      );
      expect(auditAfter).toBe(auditBefore);
    },
  );

  it('takes only files uploaded through this request', async () => {
    const one = await requestWithScan();
    const other = await requestWithScan();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)]), 'agency.pdf');
    const agencyFile = (await (
      await fetch(`${api.url}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${a.token}` },
        body: form,
      })
    ).json()) as { id: string };
    for (const fileId of [other.fileId, agencyFile.id, 'not-an-id']) {
      const result = await guest().submit(one.token, { fileIds: [fileId], longTerm: true });
      expect(failure(result).code).toBe('NOT_FOUND');
    }
    expect((await requestRow(one.id)).submitted_at).toBeNull();
  });

  it('raises DOCUMENT_SUBMITTED, which reaches a subscribed channel', async () => {
    let hook: ChannelReceiver | undefined;
    try {
      const created = ok(
        await api.gql(
          `mutation C($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { signingSecret channel { id } } }`,
          {
            input: {
              kind: 'WEBHOOK',
              name: '审核群',
              url: 'http://127.0.0.1:9/pending',
              events: ['DOCUMENT_SUBMITTED'],
            },
          },
          { as: a.token },
        ),
        'createNotificationChannel',
      );
      hook = await startWebhookReceiver({ secret: created.signingSecret });
      ok(
        await api.gql(
          `mutation U($id: ID!, $input: UpdateNotificationChannelInput!) { updateNotificationChannel(id: $id, input: $input) { id } }`,
          { id: created.channel.id, input: { url: hook.url } },
          { as: a.token },
        ),
        'updateNotificationChannel',
      );
      const { id, token, fileId } = await requestWithScan();
      await guest().submit(token, { fileIds: [fileId], expiresOn: '2046-10-31' });
      const collect = () => worker.collectChannelEvents(a.agencyId);
      await collect();
      await eventually(() =>
        hook!.acceptedBodies().some((body) => body.type === 'document.submitted'),
      );
      const body = hook.acceptedBodies().find((sent) => sent.type === 'document.submitted')!;
      expect(body.data).toMatchObject({
        documentId: id,
        entityId: portfolio.entityId,
        documentType: 'BUSINESS_LICENSE',
      });
      // Once: the next tick finds nothing new.
      expect((await collect()).created).toBe(0);
    } finally {
      await hook?.close();
    }
  });
});

describe('reviewDocumentRequest', () => {
  it('accept: the document recorded as recordDocument would, the scan attached; readiness and impact change at once', async () => {
    const cases = caseClient(api, a.token);
    const opened = await cases.open({
      sellerEntityId: portfolio.entityId,
      representativeId: portfolio.representativeId,
      site: 'TH',
      trigger: 'OTHER',
      noticeReceivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const readinessCodes = async () =>
      ok(
        await api.gql(READINESS, { id: opened.id }, { as: a.token }),
        'verificationCase',
      ).readiness.issues.map((issue: { code: string }) => issue.code);
    const impactCodes = async () =>
      ok(
        await api.gql(
          IMPACT,
          { filter: { sellerEntityId: portfolio.entityId, withinDays: 60 } },
          { as: a.token },
        ),
        'affectedStores',
      ).edges.flatMap((edge: any) =>
        edge.node.reasons.map((reason: { code: string }) => reason.code),
      );
    expect(await readinessCodes()).toContain('LICENSE_EXPIRED');
    expect(await impactCodes()).toContain('LICENSE_EXPIRED');

    const { id, token, fileId } = await requestWithScan();
    await guest().submit(token, {
      fileIds: [fileId],
      number: '91440300MA5F000000',
      issuedOn: '2026-11-01',
      expiresOn: '2046-10-31',
    });
    const reviewed = ok(
      await api.gql(REVIEW, { id, accept: true }, { as: a.token }),
      'reviewDocumentRequest',
    );
    expect(reviewed).toMatchObject({
      status: 'ACCEPTED',
      document: {
        type: 'BUSINESS_LICENSE',
        number: '91440300MA5F000000',
        issuedOn: '2026-11-01',
        expiresOn: '2046-10-31',
        file: { id: fileId },
      },
    });
    const entity = ok(
      await api.gql(ENTITY, { id: portfolio.entityId }, { as: a.token }),
      'sellerEntity',
    );
    expect(entity.businessLicense).toMatchObject({
      id: reviewed.document.id,
      expiresOn: '2046-10-31',
    });
    expect(await readinessCodes()).not.toContain('LICENSE_EXPIRED');
    expect(await impactCodes()).not.toContain('LICENSE_EXPIRED');
    // Recorded by recordDocument's own method (its audit event, by the reviewer), and the review audited.
    expect(
      (await auditOf(reviewed.document.id)).map((event) => [event.action, event.actor]),
    ).toEqual([['document.record', `user:${a.email}`]]);
    expect((await auditOf(id)).map((event) => event.action)).toContain('documentRequest.accept');
    expect((await guest().view(token)).data?.guestDocumentRequest.status).toBe('ACCEPTED');
    // Reviewed once.
    expect(failure(await api.gql(REVIEW, { id, accept: false }, { as: a.token })).code).toBe(
      'CONFLICT',
    );
  });

  it('reject: only the note is kept, the link shows it, and a new request can be sent', async () => {
    const { id, token, fileId } = await requestWithScan();
    await guest().submit(token, { fileIds: [fileId], expiresOn: '2046-10-31' });
    const [{ n: documentsBefore }] = await sql(
      'SELECT count(*)::int AS n FROM documents WHERE agency_id = $1',
      [a.agencyId],
    );
    const reviewed = ok(
      await api.gql(REVIEW, { id, accept: false, note: '照片模糊，请重新拍摄' }, { as: a.token }),
      'reviewDocumentRequest',
    );
    expect(reviewed).toMatchObject({
      status: 'REJECTED',
      reviewNote: '照片模糊，请重新拍摄',
      document: null,
    });
    const [{ n: documentsAfter }] = await sql(
      'SELECT count(*)::int AS n FROM documents WHERE agency_id = $1',
      [a.agencyId],
    );
    expect(documentsAfter).toBe(documentsBefore);
    expect((await guest().view(token)).data?.guestDocumentRequest).toMatchObject({
      status: 'REJECTED',
      reviewNote: '照片模糊，请重新拍摄',
    });
    expect(failure(await guest().submit(token, { fileIds: [fileId], longTerm: true })).code).toBe(
      'CONFLICT',
    );
    const again = await request();
    expect((await guest().view(tokenOf(again.url))).data?.guestDocumentRequest.status).toBe('OPEN');
  });

  it('reviews only a SUBMITTED request', async () => {
    const created = await request();
    expect(
      failure(await api.gql(REVIEW, { id: created.id, accept: true }, { as: a.token })).code,
    ).toBe('CONFLICT');
  });
});

describe('the list', () => {
  it('pages newest first with totalCount, filtered by status (as the status field says) and entity', async () => {
    const other = await createPortfolio(api, a.token, { sites: ['SG'] });
    const made: Record<string, string> = {};
    made.OPEN = (await request({}, a.token, other.entityId)).id;
    const revoked = await request({}, a.token, other.entityId);
    await api.gql(REVOKE, { id: revoked.id }, { as: a.token });
    made.REVOKED = revoked.id;
    for (const verdict of ['SUBMITTED', 'ACCEPTED', 'REJECTED']) {
      const created = await request({}, a.token, other.entityId);
      const token = tokenOf(created.url);
      const file = await guest().upload(token);
      await guest().submit(token, { fileIds: [file.body.id], expiresOn: '2046-10-31' });
      if (verdict !== 'SUBMITTED')
        await api.gql(REVIEW, { id: created.id, accept: verdict === 'ACCEPTED' }, { as: a.token });
      made[verdict] = created.id;
    }
    api.clock.set(new Date(Date.now() - 15 * DAY));
    made.EXPIRED = (await request({}, a.token, other.entityId)).id;
    api.clock.reset();

    const all = await listed(a.token, { sellerEntityId: other.entityId });
    expect(all.totalCount).toBe(6);
    for (const [status, id] of Object.entries(made)) {
      const filtered = await listed(a.token, { sellerEntityId: other.entityId, status });
      expect(filtered.edges.map((edge) => [edge.node.id, edge.node.status])).toEqual([
        [id, status],
      ]);
      expect(filtered.totalCount).toBe(1);
    }
    const first = ok(
      await api.gql(LIST, { first: 4, sellerEntityId: other.entityId }, { as: a.token }),
      'documentRequests',
    );
    const second = ok(
      await api.gql(
        LIST,
        { first: 4, after: first.pageInfo.endCursor, sellerEntityId: other.entityId },
        { as: a.token },
      ),
      'documentRequests',
    );
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges].map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(6);
    // Newest first (the expired one was created last, with the clock set back).
    expect(ids).toEqual([
      made.EXPIRED,
      made.REJECTED,
      made.ACCEPTED,
      made.SUBMITTED,
      made.REVOKED,
      made.OPEN,
    ]);
  });
});

describe('isolation and roles', () => {
  it("B's token never opens A's data; A's ids are invisible to B", async () => {
    const bPortfolio = await createPortfolio(api, b.token, { sites: ['TH'] });
    const ofA = await requestWithScan();
    const ofB = await requestWithScan({}, b.token, bPortfolio.entityId);
    const seen = await guest().view(ofB.token);
    expect(seen.data?.guestDocumentRequest).toMatchObject({ agencyName: '乙 服务商' });
    expect(JSON.stringify(seen)).not.toContain('甲');
    // A's scan on B's request: not found; nothing written.
    expect(
      failure(await guest().submit(ofB.token, { fileIds: [ofA.fileId], longTerm: true })).code,
    ).toBe('NOT_FOUND');
    expect((await requestRow(ofB.id)).submitted_at).toBeNull();
    for (const [document, variables] of [
      [REVIEW, { id: ofA.id, accept: true }],
      [REVOKE, { id: ofA.id }],
    ] as const)
      expect(failure(await api.gql(document, variables, { as: b.token })).code).toBe('NOT_FOUND');
    expect((await listed(b.token)).edges.map((edge) => edge.node.id)).not.toContain(ofA.id);
    expect((await listed(b.token, { sellerEntityId: portfolio.entityId })).totalCount).toBe(0);
    expect((await requestRow(ofA.id)).revoked_at).toBeNull();
  });

  it('a VIEWER lists requests but cannot request, revoke or review', async () => {
    const viewer = await addMember(api, a.token, 'VIEWER');
    const { id, token, fileId } = await requestWithScan();
    await guest().submit(token, { fileIds: [fileId], longTerm: true });
    expect(
      failure(
        await api.gql(
          REQUEST,
          { input: { sellerEntityId: portfolio.entityId, type: 'BUSINESS_LICENSE' } },
          { as: viewer.token },
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(failure(await api.gql(REVIEW, { id, accept: true }, { as: viewer.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(failure(await api.gql(REVOKE, { id }, { as: viewer.token })).code).toBe('FORBIDDEN');
    expect((await requestRow(id)).reviewed_at).toBeNull();
    expect((await listed(viewer.token)).edges.map((edge) => edge.node.id)).toContain(id);
  });
});
