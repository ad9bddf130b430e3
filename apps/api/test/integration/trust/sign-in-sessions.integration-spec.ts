// RULES.md, "Trust" — sessions: the viewer's own browser sessions, ending one at once (its refresh
// fails; its access token lapses within ACCESS_TOKEN_TTL_SECONDS), another user's id NOT_FOUND.
import { randomUUID } from 'node:crypto';
import { addMember, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';

const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WECHAT_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49 Safari/604.1';

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`;
const SESSIONS = /* GraphQL */ `
  {
    signInSessions {
      id
      createdAt
      lastUsedAt
      userAgent
      ipAddress
      current
      device
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeSignInSession(id: $id)
  }
`;
const REFRESH = /* GraphQL */ `
  mutation {
    refreshSession {
      token
    }
  }
`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const cookieOf = (headers: Headers) => /vd_session=[^;]+/.exec(headers.get('set-cookie') ?? '')![0];

async function signInFrom(email: string, password: string, userAgent: string, address: string) {
  const result = await api.gql(
    LOGIN,
    { input: { email, password } },
    { headers: { 'user-agent': userAgent, 'x-forwarded-for': address } },
  );
  return {
    token: result.data!.login.token as string,
    expiresAt: new Date(result.data!.login.expiresAt),
    cookie: cookieOf(result.headers),
  };
}

describe('sign-in sessions', () => {
  it("lists the viewer's sessions with device, address and which one is this, and ends one at once", async () => {
    const owner = await signUpAgency(api);
    const laptop = await signInFrom(owner.email, owner.password, CHROME_MAC, '10.20.30.40');
    const phone = await signInFrom(owner.email, owner.password, WECHAT_IPHONE, '10.20.30.41');

    const listed = (await api.gql(SESSIONS, {}, { as: laptop.token })).data!.signInSessions;
    // The sign-up's session, the laptop and the phone.
    expect(listed).toHaveLength(3);
    const mine = listed.find((session: any) => session.current);
    expect(mine).toMatchObject({
      userAgent: CHROME_MAC,
      ipAddress: '10.20.30.40',
      device: 'Chrome 131 · macOS',
    });
    expect(listed.filter((session: any) => session.current)).toHaveLength(1);
    const other = listed.find((session: any) => session.userAgent === WECHAT_IPHONE);
    expect(other).toMatchObject({ current: false, ipAddress: '10.20.30.41' });
    expect(other.device).toMatch(/iOS/);
    expect(new Date(other.lastUsedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // From the phone, the phone is the current one.
    const fromPhone = (await api.gql(SESSIONS, {}, { as: phone.token })).data!.signInSessions;
    expect(fromPhone.find((session: any) => session.current).id).toBe(other.id);

    // The phone's refresh works before, and not after.
    const before = await api.gql(REFRESH, {}, { headers: { cookie: phone.cookie } });
    expect(before.data!.refreshSession.token).toEqual(expect.any(String));
    const phoneCookie = cookieOf(before.headers);
    expect((await api.gql(REVOKE, { id: other.id }, { as: laptop.token })).data).toEqual({
      revokeSignInSession: true,
    });
    const after = await api.gql(REFRESH, {}, { headers: { cookie: phoneCookie } });
    expect(after.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // Its access token lapses within ACCESS_TOKEN_TTL_SECONDS.
    expect(phone.expiresAt.getTime()).toBeLessThanOrEqual(
      Date.now() + api.config.ACCESS_TOKEN_TTL_SECONDS * 1000,
    );
    const remaining = (await api.gql(SESSIONS, {}, { as: laptop.token })).data!.signInSessions;
    expect(remaining.map((session: any) => session.id)).not.toContain(other.id);
    expect(remaining).toHaveLength(2);
    // Ending it again: it is gone.
    const again = await api.gql(REVOKE, { id: other.id }, { as: laptop.token });
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it("answers NOT_FOUND for another user's session, in this agency or another, and ends nothing", async () => {
    const owner = await signUpAgency(api);
    const member = await addMember(api, owner.token, 'ADMIN');
    const stranger = await signUpAgency(api);
    const theirs = (await api.gql(SESSIONS, {}, { as: member.token })).data!.signInSessions;
    const strangers = (await api.gql(SESSIONS, {}, { as: stranger.token })).data!.signInSessions;
    // The OWNER sees only their own.
    const own = (await api.gql(SESSIONS, {}, { as: owner.token })).data!.signInSessions;
    expect(own.map((s: any) => s.id)).not.toContain(theirs[0].id);

    for (const id of [theirs[0].id, strangers[0].id, randomUUID(), 'not-an-id']) {
      const result = await api.gql(REVOKE, { id }, { as: owner.token });
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    expect((await api.gql(SESSIONS, {}, { as: member.token })).data!.signInSessions).toHaveLength(
      theirs.length,
    );
    expect((await api.gql(SESSIONS, {}, { as: stranger.token })).data!.signInSessions).toHaveLength(
      strangers.length,
    );
  });
});
