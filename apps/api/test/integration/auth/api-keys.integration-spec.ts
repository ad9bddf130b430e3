import { addMember, CREATE_API_KEY, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

const ME = /* GraphQL */ `
  {
    me {
      role
      agency {
        id
      }
      user {
        id
      }
      apiKey {
        id
        prefix
      }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`;
const LIST = /* GraphQL */ `
  {
    apiKeys {
      id
      name
      prefix
      role
      lastUsedAt
      revokedAt
    }
  }
`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('API keys', () => {
  it('shows the secret once, stores only its hash, and lets an integration act with the key role', async () => {
    const owner = await signUpAgency(api);
    const created = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'ERP sync', role: 'VIEWER' } },
      { as: owner.token },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^vdk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey.lastUsedAt).toBeNull();

    const stored = await withAdminClient(
      (client) => client.query('SELECT secret_hash FROM api_keys WHERE id = $1', [apiKey.id]),
      process.env.TEST_DATABASE_URL,
    );
    // The random part is everything after the prefix: base64url, so it may itself hold "_" (split
    // on "_" once gave an empty fragment, which every string contains).
    const random = secret.slice(`${apiKey.prefix}_`.length);
    expect(random).toHaveLength(43);
    expect(stored.rows[0].secret_hash).not.toContain(random);
    expect(stored.rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await api.gql(ME, {}, { as: secret });
    expect(me.data!.me).toMatchObject({
      role: 'VIEWER',
      agency: { id: owner.agencyId },
      user: { id: owner.userId },
      apiKey: { id: apiKey.id, prefix: apiKey.prefix },
    });

    const listed = await api.gql(LIST, {}, { as: owner.token });
    const key = listed.data!.apiKeys.find((k: any) => k.id === apiKey.id);
    expect(key.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  it('holds a VIEWER key to reading: writes are FORBIDDEN', async () => {
    const owner = await signUpAgency(api);
    const created = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Read only', role: 'VIEWER' } },
      { as: owner.token },
    );
    const result = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Escalate', role: 'OWNER' } },
      { as: created.data!.createApiKey.secret },
    );
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('stops a revoked key at once', async () => {
    const owner = await signUpAgency(api);
    const created = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Old', role: 'MANAGER' } },
      { as: owner.token },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    const revoked = await api.gql(REVOKE, { id: apiKey.id }, { as: owner.token });
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    const after = await api.gql(ME, {}, { as: secret });
    expect(after.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a key whose secret part is wrong, even with a real prefix', async () => {
    const owner = await signUpAgency(api);
    const created = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Real', role: 'ADMIN' } },
      { as: owner.token },
    );
    const forged = `${created.data!.createApiKey.apiKey.prefix}_${'A'.repeat(43)}`;
    const result = await api.gql(ME, {}, { as: forged });
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('does not let an ADMIN mint an OWNER key', async () => {
    const owner = await signUpAgency(api);
    const admin = await addMember(api, owner.token, 'ADMIN');
    const result = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Too strong', role: 'OWNER' } },
      { as: admin.token },
    );
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ok = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Fine', role: 'ADMIN' } },
      { as: admin.token },
    );
    expect(ok.data!.createApiKey.apiKey.role).toBe('ADMIN');
  });

  it("answers NOT_FOUND for another agency's key and leaves it working", async () => {
    const mine = await signUpAgency(api);
    const theirs = await signUpAgency(api);
    const created = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'Theirs', role: 'VIEWER' } },
      { as: theirs.token },
    );
    const { apiKey, secret } = created.data!.createApiKey;
    const result = await api.gql(REVOKE, { id: apiKey.id }, { as: mine.token });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.gql(ME, {}, { as: secret })).data!.me.role).toBe('VIEWER');
    const mineList = await api.gql(LIST, {}, { as: mine.token });
    expect(mineList.data!.apiKeys).toEqual([]);
  });

  it('answers NOT_FOUND, not a server error, for an id that cannot exist', async () => {
    const owner = await signUpAgency(api);
    const result = await api.gql(REVOKE, { id: "1' OR '1'='1" }, { as: owner.token });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
