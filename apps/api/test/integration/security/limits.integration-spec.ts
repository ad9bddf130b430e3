import {
  ACCEPT,
  CREATE_API_KEY,
  INVITE,
  signUpAgency,
  SignedUpAgency,
} from '../../support/fixtures';
import { rowCounts } from '../../support/errors';
import { nextUscc } from '../../support/portfolio';
import {
  GraphQLResponse,
  startTestApi,
  TestApi,
  uniqueAddress,
  uniqueEmail,
} from '../../support/test-api';

// Small limits, so each is reached in a few requests; the defaults are checked against every
// dashboard operation in engine/graphql/__tests__/operation-limits.spec.ts.
const LIMITS = {
  GRAPHQL_MAX_DEPTH: '6',
  GRAPHQL_MAX_ALIASES: '3',
  GRAPHQL_MAX_COST: '500',
  API_KEY_REQUESTS_PER_MINUTE: '5',
  API_KEY_FAILURES_PER_MINUTE: '3',
  LOGIN_ATTEMPTS_PER_ACCOUNT: '2',
  LOGIN_ATTEMPTS_PER_ADDRESS: '3',
};
const DASHBOARD_ORIGIN = 'https://dashboard.veridesk.example.com';

let api: TestApi;
let owner: SignedUpAgency;
beforeAll(async () => {
  api = await startTestApi({
    ...LIMITS,
    PUBLIC_URL: 'https://veridesk.example.com',
    CORS_ORIGINS: DASHBOARD_ORIGIN,
  });
  owner = await signUpAgency(api, 'Limits Co');
});
afterAll(() => api.close());

const entityInput = () => ({
  legalName: '深圳市限流电子商务有限公司',
  uscc: nextUscc(),
  registeredRepresentativeName: '张伟',
});

/** Posts a raw body to /graphql, as a client other than the test helper might. */
function post(body: string, headers: Record<string, string>) {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'x-forwarded-for': uniqueAddress(), ...headers },
    body,
  });
}

async function entityCount(agencyId: string): Promise<number> {
  return (await rowCounts(agencyId)).seller_entities;
}

/** Refused before running: HTTP 400, no data, QUERY_TOO_COMPLEX naming the limit. */
function expectTooComplex(result: GraphQLResponse & { status: number }, details: object) {
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ...details });
}

describe('GraphQL operation limits', () => {
  it('refuses a mutation nested deeper than GRAPHQL_MAX_DEPTH with QUERY_TOO_COMPLEX (400), writing nothing', async () => {
    const agency = await signUpAgency(api);
    const selection = (levels: number): string =>
      levels === 0 ? 'id' : `stores { sellerEntity { ${selection(levels - 1)} } }`;
    const create = (levels: number) => `mutation Create($input: CreateSellerEntityInput!) {
      createSellerEntity(input: $input) { ${selection(levels)} } }`;

    const refused = await api.gql(create(3), { input: entityInput() }, { as: agency.token });
    expectTooComplex(refused, {
      limit: 'depth',
      maximum: 6,
    });
    expect(refused.errors![0].message).toMatch(/more than 6 levels deep/);
    expect(await entityCount(agency.agencyId)).toBe(0);

    // The same mutation, two levels shallower, runs.
    const created = await api.gql(create(2), { input: entityInput() }, { as: agency.token });
    expect(created.errors).toBeUndefined();
    expect(await entityCount(agency.agencyId)).toBe(1);
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES, before any of them runs', async () => {
    const agency = await signUpAgency(api);
    const creations = Array.from(
      { length: 4 },
      (_, index) => `e${index}: createSellerEntity(input: $e${index}) { id }`,
    );
    const variables = Object.fromEntries(creations.map((_, index) => [`e${index}`, entityInput()]));
    const mutation = `mutation Many(${creations
      .map((_, index) => `$e${index}: CreateSellerEntityInput!`)
      .join(', ')}) { ${creations.join(' ')} }`;

    const refused = await api.gql(mutation, variables, { as: agency.token });
    expectTooComplex(refused, {
      limit: 'aliases',
      maximum: 3,
      actual: 4,
    });
    expect(await entityCount(agency.agencyId)).toBe(0);
  });

  it('prices a page by its `first` (literal or variable) and refuses one over GRAPHQL_MAX_COST', async () => {
    const page = `query Page($first: Int) {
      sellerEntities(first: $first) { edges { node { id legalName uscc verificationStatus } } } }`;
    // Each entity costs 1 (node) + 4 fields + 1 (edges) = 6: 50 of them are 301, 100 are 601.
    const fifty = await api.gql(page, { first: 50 }, { as: owner.token });
    expect(fifty.errors).toBeUndefined();
    const hundred = await api.gql(page, { first: 100 }, { as: owner.token });
    expectTooComplex(hundred, {
      limit: 'cost',
      maximum: 500,
      actual: 601,
    });
    // The same text again, each price as its variables make it (worked out once per document and
    // variables): 50 still runs, 100 is still refused.
    expect((await api.gql(page, { first: 50 }, { as: owner.token })).errors).toBeUndefined();
    expectTooComplex(await api.gql(page, { first: 100 }, { as: owner.token }), {
      limit: 'cost',
      actual: 601,
    });
    const literal = await api.gql(
      '{ sellerEntities(first: 100) { edges { node { id legalName uscc verificationStatus } } } }',
      {},
      { as: owner.token },
    );
    expectTooComplex(literal, { limit: 'cost', actual: 601 });
  });

  it('prices the same text by the fields its directives keep, whatever its other variables', async () => {
    const page = `query Page($first: Int, $after: String, $more: Boolean!) {
      sellerEntities(first: $first, after: $after) {
        edges { node { id legalName ...More } } } }
      fragment More on SellerEntity { uscc businessScope englishName @include(if: $more) }`;
    // 50 × (1 + 4 + 1) = 301 with englishName left out; 50 × (1 + 5 + 1) = 351 with it.
    expect(
      (await api.gql(page, { first: 50, more: false }, { as: owner.token })).errors,
    ).toBeUndefined();
    expect(
      (await api.gql(page, { first: 70, more: false }, { as: owner.token })).errors,
    ).toBeUndefined();
    // 70 entities: 421 without englishName, 491 with it; at 72 with it, 505 is over the limit.
    expectTooComplex(await api.gql(page, { first: 72, more: true }, { as: owner.token }), {
      limit: 'cost',
      actual: 505,
    });
    expect(
      (await api.gql(page, { first: 72, more: false }, { as: owner.token })).errors,
    ).toBeUndefined();
    // A cursor that does not fit is still refused as input, priced or not.
    const badCursor = await api.gql(
      page,
      { first: 50, after: 7, more: false },
      { as: owner.token },
    );
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a costly mutation at once, before it writes', async () => {
    const agency = await signUpAgency(api);
    // A list without a page size counts five items, so nested lists multiply: 557 here.
    const refused = await api.gql(
      `mutation Create($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) {
        verificationCases { affectedStores { sellerEntity { stores { id shopName site status } } } } } }`,
      { input: entityInput() },
      { as: agency.token },
    );
    expectTooComplex(refused, {
      limit: 'cost',
      actual: 557,
    });
    expect(await entityCount(agency.agencyId)).toBe(0);
  });

  it('refuses a batch of operations (a JSON array body) with 400 BAD_REQUEST, running none of them', async () => {
    const agency = await signUpAgency(api);
    const create = {
      query:
        'mutation Create($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }',
    };
    const response = await post(
      JSON.stringify([
        { ...create, variables: { input: entityInput() } },
        { ...create, variables: { input: entityInput() } },
      ]),
      { 'content-type': 'application/json', authorization: `Bearer ${agency.token}` },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({
      message: 'Operation batching disabled.',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(await entityCount(agency.agencyId)).toBe(0);
  });

  it('stops parsing a document of more than 10,000 tokens', async () => {
    const huge = `{ me { ${'role '.repeat(10_001)} } }`;
    const result = await api.gql(huge, {}, { as: owner.token });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers introspection to a signed-in user and an API key, not to an anonymous caller', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    const anonymous = await api.gql(introspection);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const typeByName = await api.gql('{ __type(name: "Store") { name } }');
    expect(typeByName.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // __typename is not introspection: anonymous clients may still ask for it.
    expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const asUser = await api.gql(introspection, {}, { as: owner.token });
    expect(asUser.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const key = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'codegen', role: 'VIEWER' } },
      { as: owner.token },
    );
    const asKey = await api.gql(introspection, {}, { as: key.data!.createApiKey.secret });
    expect(asKey.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('rate limits', () => {
  const ME = '{ me { role } }';

  it('limits each API key to API_KEY_REQUESTS_PER_MINUTE, with RATE_LIMITED, retryAfter and Retry-After', async () => {
    const agency = await signUpAgency(api);
    const newKey = async (name: string) =>
      (await api.gql(CREATE_API_KEY, { input: { name, role: 'VIEWER' } }, { as: agency.token }))
        .data!.createApiKey.secret as string;
    const busy = await newKey('busy');
    const quiet = await newKey('quiet');

    for (let request = 0; request < 5; request++) {
      expect((await api.gql(ME, {}, { as: busy })).data).toEqual({ me: { role: 'VIEWER' } });
    }
    const limited = await api.gql(ME, {}, { as: busy });
    expect(limited.status).toBe(429);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const retryAfter = limited.errors![0].extensions!.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(limited.headers.get('retry-after'))).toBe(retryAfter);
    expect(limited.data).toBeUndefined();

    // The budget is the key's own: another key of the same agency still answers.
    expect((await api.gql(ME, {}, { as: quiet })).data).toEqual({ me: { role: 'VIEWER' } });
  });

  it('throttles an address that presents unknown API keys, before looking them up', async () => {
    const agency = await signUpAgency(api);
    const valid = (
      await api.gql(CREATE_API_KEY, { input: { name: 'ok', role: 'VIEWER' } }, { as: agency.token })
    ).data!.createApiKey.secret as string;
    const forged = (index: number) =>
      `vdk_${index.toString(16).padStart(8, 'f')}_${'A'.repeat(43)}`;
    const guesser = { 'x-forwarded-for': uniqueAddress() };

    for (let guess = 0; guess < 3; guess++) {
      const result = await api.gql(ME, {}, { as: forged(guess), headers: guesser });
      expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(ME, {}, { as: forged(3), headers: guesser });
    expect(blocked.status).toBe(429);
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even a real key is refused from that address for now; from another it works.
    const fromGuesser = await api.gql(ME, {}, { as: valid, headers: guesser });
    expect(fromGuesser.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const elsewhere = await api.gql(ME, {}, { as: valid });
    expect(elsewhere.data).toEqual({ me: { role: 'VIEWER' } });
  });

  it('throttles an address guessing invitation tokens', async () => {
    const invited = await api.gql(
      INVITE,
      { input: { email: uniqueEmail('guest'), name: '王芳', role: 'VIEWER' } },
      { as: owner.token },
    );
    const token = new URL(invited.data!.inviteMember.acceptUrl).searchParams.get('token');
    const guesser = { 'x-forwarded-for': uniqueAddress() };
    const accept = (withToken: string | null) =>
      api.gql(
        ACCEPT,
        { input: { token: withToken, name: '王芳', password: 'another good password' } },
        { headers: guesser },
      );

    for (let guess = 0; guess < 3; guess++) {
      const result = await accept(`guessed-token-${guess}`);
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'token', code: 'INVALID' }],
      });
    }
    const blocked = await accept(token);
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(blocked.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The invitation is untouched: its invitee, from their own address, still joins.
    const joined = await api.gql(ACCEPT, {
      input: { token, name: '王芳', password: 'another good password' },
    });
    expect(joined.data!.acceptInvitation.viewer.role).toBe('VIEWER');
  });

  it("throttles password guesses through an invitation to an existing account, sharing sign-in's budget", async () => {
    const victim = await signUpAgency(api, 'Victim Co');
    const invited = await api.gql(
      INVITE,
      { input: { email: victim.email, name: 'Li', role: 'ADMIN' } },
      { as: owner.token },
    );
    const token = new URL(invited.data!.inviteMember.acceptUrl).searchParams.get('token');
    const accept = (password: string) =>
      api.gql(
        ACCEPT,
        { input: { token, name: 'Li', password } },
        { headers: { 'x-forwarded-for': uniqueAddress() } },
      );

    for (let guess = 0; guess < 2; guess++) {
      expect((await accept(`wrong password ${guess}`)).errors![0].extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const blocked = await accept(victim.password);
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The account's budget is spent for sign-in too, from any address.
    const login = await api.gql(
      'mutation L($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: victim.email, password: victim.password } },
      { headers: { 'x-forwarded-for': uniqueAddress() } },
    );
    expect(login.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });
});

describe('cookies, headers, CORS and CSRF', () => {
  const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { token } }`;
  const signUpInput = () => ({
    agencyName: 'Cookie Co',
    name: 'Li',
    email: uniqueEmail(),
    password: 'a long enough pw',
  });

  it('sets the session cookie httpOnly, SameSite=Strict, on /graphql only, and Secure when PUBLIC_URL is https', async () => {
    const signedUp = await api.gql(SIGN_UP, { input: signUpInput() });
    const cookie = signedUp.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^vd_session=[^;]+;/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\/graphql/i);
    expect(cookie).toMatch(/; Secure/i);
  });

  it('leaves Secure off when PUBLIC_URL is http (a local install without TLS)', async () => {
    const plain = await startTestApi();
    try {
      const signedUp = await plain.gql(SIGN_UP, { input: signUpInput() });
      const cookie = signedUp.headers.get('set-cookie')!;
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).not.toMatch(/Secure/i);
    } finally {
      await plain.close();
    }
  });

  it('sends helmet security headers and no X-Powered-By', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows CORS_ORIGINS and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(DASHBOARD_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const foreign = await preflight('https://evil.example.com');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const foreignPost = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      origin: 'https://evil.example.com',
    });
    expect(foreignPost.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-site form POST (text/plain, form-encoded) that would sign the cookie holder out', async () => {
    const signedUp = await api.gql(SIGN_UP, { input: signUpInput() });
    const cookie = signedUp.headers.get('set-cookie')!.split(';')[0];
    const signOut = JSON.stringify({ query: 'mutation { signOut }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const forged = await post(signOut, { 'content-type': contentType, cookie });
      expect(forged.status).toBe(400);
      expect(await forged.text()).toMatch(/Cross-Site Request Forgery/);
    }
    // The session survived: the cookie still renews the access token.
    const refreshed = await api.gql(
      'mutation { refreshSession { token } }',
      {},
      { headers: { cookie } },
    );
    expect(refreshed.data!.refreshSession.token).toEqual(expect.any(String));
  });
});
