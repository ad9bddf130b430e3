// No secret, token, password or ID number reaches a log line: the API logs at trace level into a
// stream this test reads, through a full scenario (sign-up, sign-in, session refresh, API key,
// invitation, representative with an ID number and phone, reveal, upload, refused inputs), and every
// line is searched for each secret the scenario handled.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { ACCEPT, CREATE_API_KEY, INVITE, SIGN_UP } from '../../support/fixtures';
import { makeResidentId, makeUscc, withWrongIdCheck } from '../../support/identifiers';
import { ADD_REPRESENTATIVE, CREATE_ENTITY, ok } from '../../support/portfolio';
import { startTestApi, TestApi, uniqueAddress, uniqueEmail } from '../../support/test-api';

const lines: string[] = [];
let api: TestApi;

/** The value of the session cookie a response sets. */
function sessionCookie(headers: Headers): string {
  const match = /vd_session=([^;]+)/.exec(headers.get('set-cookie') ?? '');
  if (!match) throw new Error('no session cookie was set');
  return match[1];
}

beforeAll(async () => {
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  api = await startTestApi({ LOG_LEVEL: 'trace' }, { logDestination: capture });
});
afterAll(() => api?.close());

it('logs the requests of a full scenario, and none of its secrets', async () => {
  const secrets: Record<string, string> = {};
  const address = { 'x-forwarded-for': uniqueAddress() };

  // Sign up, sign in, refresh the session from its cookie.
  const email = uniqueEmail('logs');
  secrets.password = `pw-${randomBytes(12).toString('hex')}`;
  const signedUp = await api.gql(SIGN_UP, {
    input: { agencyName: '日志保密测试服务商', name: '李娜', email, password: secrets.password },
  });
  secrets.signUpToken = ok(signedUp, 'signUp').token;
  secrets.signUpCookie = sessionCookie(signedUp.headers);
  const owner = { as: secrets.signUpToken };
  const loggedIn = await api.gql(
    `mutation L($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { email, password: secrets.password } },
    { headers: address },
  );
  secrets.loginToken = ok(loggedIn, 'login').token;
  secrets.loginCookie = sessionCookie(loggedIn.headers);
  const refreshed = await api.gql(`mutation { refreshSession { token } }`, undefined, {
    headers: { cookie: `vd_session=${secrets.loginCookie}` },
  });
  secrets.refreshedToken = ok(refreshed, 'refreshSession').token;
  secrets.refreshedCookie = sessionCookie(refreshed.headers);

  // An API key, used.
  secrets.apiKey = ok(
    await api.gql(CREATE_API_KEY, { input: { name: 'ERP', role: 'ADMIN' } }, owner),
    'createApiKey',
  ).secret;
  ok(await api.gql(`{ me { role } }`, undefined, { as: secrets.apiKey }), 'me');

  // An invitation, accepted with a password of its own.
  const invitation = ok(
    await api.gql(
      INVITE,
      { input: { email: uniqueEmail('invitee'), name: '王芳', role: 'MANAGER' } },
      owner,
    ),
    'inviteMember',
  );
  secrets.invitationToken = new URL(invitation.acceptUrl).searchParams.get('token')!;
  secrets.inviteePassword = `pw-${randomBytes(12).toString('hex')}`;
  secrets.inviteeToken = ok(
    await api.gql(ACCEPT, {
      input: { token: secrets.invitationToken, name: '王芳', password: secrets.inviteePassword },
    }),
    'acceptInvitation',
  ).token;

  // A representative with a resident ID number and a phone; the number revealed.
  const entityId = ok(
    await api.gql(
      CREATE_ENTITY,
      {
        input: {
          legalName: '厦门华宇进出口有限公司',
          uscc: makeUscc(424_242),
          registeredRepresentativeName: '陈静',
        },
      },
      { as: secrets.apiKey },
    ),
    'createSellerEntity',
  ).id;
  secrets.idNumber = makeResidentId('19880412', 417, '350203');
  secrets.phoneDigits = `139${String(randomBytes(3).readUIntBE(0, 3) % 100_000_000).padStart(8, '0')}`;
  const phone = `+86 ${secrets.phoneDigits.slice(0, 3)}-${secrets.phoneDigits.slice(3, 7)}-${secrets.phoneDigits.slice(7)}`;
  const representative = {
    sellerEntityId: entityId,
    fullName: '陈静',
    role: 'LEGAL_REPRESENTATIVE',
    idType: 'CN_RESIDENT_ID',
    idNumber: secrets.idNumber,
    idExpiresOn: '2035-01-01',
    phone,
  };
  const representativeId = ok(
    await api.gql(ADD_REPRESENTATIVE, { input: representative }, owner),
    'addRepresentative',
  ).id;
  const revealed = await api.gql(
    `mutation R($id: ID!) { revealIdNumber(representativeId: $id) }`,
    { id: representativeId },
    { as: secrets.apiKey },
  );
  expect(ok(revealed, 'revealIdNumber')).toBe(secrets.idNumber);

  // A scan uploaded with the API key.
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]),
    `${secrets.idNumber}.pdf`,
  );
  const uploaded = await fetch(`${api.url}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secrets.apiKey}` },
    body: form,
  });
  expect(uploaded.status).toBe(201);

  // Refusals that carry the secrets: a duplicate and malformed ID numbers, a wrong password, a
  // used invitation, a query that does not validate, an unknown API key.
  const refused = [
    await api.gql(ADD_REPRESENTATIVE, { input: representative }, owner),
    await api.gql(
      ADD_REPRESENTATIVE,
      {
        input: {
          ...representative,
          idNumber: withWrongIdCheck(secrets.idNumber),
          phone: `x${phone}`,
        },
      },
      owner,
    ),
    await api.gql(
      ADD_REPRESENTATIVE,
      {
        input: {
          ...representative,
          idNumber: `${secrets.idNumber.slice(0, 6)} ${secrets.idNumber.slice(6, 14)} ${secrets.idNumber.slice(14)}\u0000`,
        },
      },
      owner,
    ),
    await api.gql(
      `mutation L($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { email, password: `${secrets.password}-wrong` } },
      { headers: address },
    ),
    await api.gql(ACCEPT, {
      input: { token: secrets.invitationToken, name: '王芳', password: secrets.inviteePassword },
    }),
    await api.gql(
      `mutation { addRepresentative(input: { sellerEntityId: "${entityId}", idNumber: "${secrets.idNumber}", phone: "${phone}", unknownField: "${secrets.password}" }) { id } }`,
      undefined,
      owner,
    ),
    await api.gql(`{ me { role } }`, undefined, { as: `${secrets.apiKey}x` }),
  ];
  expect(refused.map((result) => result.errors?.[0]?.extensions?.code)).toEqual([
    'CONFLICT',
    'BAD_USER_INPUT',
    'BAD_USER_INPUT',
    'UNAUTHENTICATED',
    'BAD_USER_INPUT', // the invitation was used
    'GRAPHQL_VALIDATION_FAILED',
    'UNAUTHENTICATED',
  ]);
  await api.gql(`mutation { signOut }`, undefined, {
    headers: { cookie: `vd_session=${secrets.refreshedCookie}` },
  });

  // The server's own secrets.
  secrets.authSecret = api.config.AUTH_SECRET;
  secrets.idHashKey = api.config.ID_HASH_KEY;
  api.config.ID_ENCRYPTION_KEYS.split(',').forEach((entry, index) => {
    secrets[`idEncryptionKey${index}`] = entry.slice(entry.indexOf(':') + 1);
  });

  // The logs are there, with the requests in them (so this test can fail)...
  expect(lines.length).toBeGreaterThan(20);
  const requests = lines
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.req?.url && entry.res?.statusCode);
  expect(requests.map((entry) => entry.req.url)).toEqual(
    expect.arrayContaining(['/graphql', '/files']),
  );
  expect(requests.every((entry) => entry.req.id)).toBe(true);

  // ...and none of the secrets, in any form: as sent, JSON-escaped, or the ID's and phone's digits.
  const forms = (value: string) => [value, JSON.stringify(value).slice(1, -1)];
  const searched = Object.entries({
    ...secrets,
    idNumberLowerCase: secrets.idNumber.toLowerCase(),
    idNumberBirthAndSequence: secrets.idNumber.slice(6, 17),
    phone,
  });
  const leaks = searched.flatMap(([name, value]) =>
    lines
      .filter((line) => forms(value).some((form) => line.includes(form)))
      .map((line) => `${name}: ${line.slice(0, 300)}`),
  );
  expect(leaks).toEqual([]);
});
