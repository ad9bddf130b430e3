// Issue #15: each API process remembers the credential behind a bearer token for
// CREDENTIAL_CACHE_SECONDS instead of reading it on every request. Two replicas (one database, one
// Redis, one signing secret) show what that must not cost: a removal, role change or revocation
// made on one replica holds on the other at once (through Redis), and a change the replicas were
// never told about (a row deleted by hand) holds within the TTL.
import { randomBytes } from 'node:crypto';
import { addMember, CREATE_API_KEY, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';
import { makeUscc } from '../../support/identifiers';
import { withAdminClient } from '../../support/test-database';

const TTL_SECONDS = 2;
const ME = /* GraphQL */ `
  {
    me {
      role
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  {
    members {
      id
      user {
        email
      }
    }
  }
`;
const UPDATE_ROLE = /* GraphQL */ `
  mutation Update($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($id: ID!) {
    removeMember(id: $id) {
      id
    }
  }
`;
const REVOKE_KEY = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`;

let a: TestApi;
let b: TestApi;
beforeAll(async () => {
  const shared = {
    AUTH_SECRET: randomBytes(32).toString('hex'),
    CREDENTIAL_CACHE_SECONDS: String(TTL_SECONDS),
  };
  [a, b] = await Promise.all([startTestApi(shared), startTestApi(shared)]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

/** What `me { role }` answers on a replica: the role, or the error code. */
async function roleOn(api: TestApi, token: string): Promise<string> {
  const result = await api.gql(ME, {}, { as: token });
  return result.data?.me.role ?? result.errors?.[0]?.extensions?.code;
}

/** Asks until `expected` is answered or `withinMs` pass; returns how long it took. */
async function answersWithin(
  api: TestApi,
  token: string,
  expected: string,
  withinMs: number,
): Promise<number> {
  const started = Date.now();
  let answer = await roleOn(api, token);
  while (answer !== expected && Date.now() - started < withinMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await roleOn(api, token);
  }
  expect(answer).toBe(expected);
  return Date.now() - started;
}

async function memberIdOf(api: TestApi, ownerToken: string, email: string) {
  const members = await api.gql(MEMBERS, {}, { as: ownerToken });
  return members.data!.members.find((member: any) => member.user.email === email).id as string;
}

describe('credentials remembered by each replica', () => {
  it('a role change and a removal on one replica hold on the other at once', async () => {
    const owner = await signUpAgency(a);
    const member = await addMember(a, owner.token, 'MANAGER');
    // Replica B has the membership in memory now.
    expect(await roleOn(b, member.token)).toBe('MANAGER');
    expect(await roleOn(b, member.token)).toBe('MANAGER');

    const memberId = await memberIdOf(a, owner.token, member.email);
    await a.gql(UPDATE_ROLE, { input: { memberId, role: 'VIEWER' } }, { as: owner.token });
    // Through Redis in milliseconds; a second would only pass if the TTL did the work.
    await answersWithin(b, member.token, 'VIEWER', 1000);
    expect(await roleOn(a, member.token)).toBe('VIEWER');

    await a.gql(REMOVE, { id: memberId }, { as: owner.token });
    expect(await roleOn(a, member.token)).toBe('UNAUTHENTICATED');
    await answersWithin(b, member.token, 'UNAUTHENTICATED', 1000);
  });

  it('a key revoked on one replica stops on the other at once', async () => {
    const owner = await signUpAgency(a);
    const created = await a.gql(
      CREATE_API_KEY,
      { input: { name: 'ERP', role: 'VIEWER' } },
      { as: owner.token },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    // A key works at once on every replica: unknown credentials are never remembered.
    expect(await roleOn(b, secret)).toBe('VIEWER');
    await a.gql(REVOKE_KEY, { id: apiKey.id }, { as: owner.token });
    expect(await roleOn(a, secret)).toBe('UNAUTHENTICATED');
    await answersWithin(b, secret, 'UNAUTHENTICATED', 1000);
  });

  it('a membership deleted behind the replicas’ backs stops working within the TTL', async () => {
    const owner = await signUpAgency(a);
    const member = await addMember(a, owner.token, 'MANAGER');
    expect(await roleOn(b, member.token)).toBe('MANAGER');
    const deletedAt = Date.now();
    await withAdminClient(
      (client) =>
        client.query('DELETE FROM memberships WHERE user_id = $1 AND agency_id = $2', [
          member.userId,
          owner.agencyId,
        ]),
      process.env.TEST_DATABASE_URL,
    );
    // No replica was told: B trusts what it remembered until the entry ages out, never longer.
    await answersWithin(b, member.token, 'UNAUTHENTICATED', TTL_SECONDS * 1000 + 1000);
    expect(Date.now() - deletedAt).toBeLessThanOrEqual(TTL_SECONDS * 1000 + 1000);
  });
});

describe("the agency's calendar, remembered beside the credentials", () => {
  const DOCUMENT_DAYS = /* GraphQL */ `
    query Days($id: ID!) {
      sellerEntity(id: $id) {
        documents {
          daysUntilExpiry
          status
        }
      }
    }
  `;

  it('a new warning window set on one replica judges documents on the other at once', async () => {
    const owner = await signUpAgency(a);
    const entity = await a.gql(
      `mutation($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }`,
      {
        input: {
          legalName: '深圳市日历缓存科技有限公司',
          uscc: makeUscc(4242),
          registeredRepresentativeName: '王芳',
        },
      },
      { as: owner.token },
    );
    const id = entity.data!.createSellerEntity.id;
    // A document 20 days out: expiring soon in the default 30-day window, valid in a 10-day one.
    for (const api of [a, b]) api.clock.set('2026-12-01T03:00:00Z');
    const expiresOn = '2026-12-21';
    const recorded = await a.gql(
      `mutation($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
      { input: { sellerEntityId: id, type: 'OTHER', expiresOn } },
      { as: owner.token },
    );
    expect(recorded.errors).toBeUndefined();
    const statusOn = async (api: TestApi) =>
      (await api.gql(DOCUMENT_DAYS, { id }, { as: owner.token })).data!.sellerEntity.documents[0]
        .status as string;
    // Replica B remembers the 30-day window now.
    expect(await statusOn(b)).toBe('EXPIRING_SOON');

    await a.gql(
      `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }`,
      { input: { expiryWarningDays: 10 } },
      { as: owner.token },
    );
    expect(await statusOn(a)).toBe('VALID');
    const started = Date.now();
    let status = await statusOn(b);
    while (status !== 'VALID' && Date.now() - started < 1000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = await statusOn(b);
    }
    expect(status).toBe('VALID');
    for (const api of [a, b]) api.clock.reset();
  });
});
