import { ACCEPT, INVITE, SIGN_UP, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi, uniqueAddress, uniqueEmail } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      viewer {
        role
        agency {
          id
        }
        user {
          email
        }
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      role
      user {
        email
        name
        timeZone
        locale
      }
      agency {
        id
        name
        timeZone
        expiryWarningDays
      }
      apiKey {
        id
      }
    }
  }
`;

let api: TestApi;

beforeAll(async () => {
  // A small per-address budget, so proving it trips costs a few password checks, not thirty.
  api = await startTestApi({ LOGIN_ATTEMPTS_PER_ADDRESS: '8' });
});
afterAll(async () => {
  await api.close();
});

async function countUsers(email: string): Promise<number> {
  return withAdminClient(async (client) => {
    const result = await client.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
      email,
    ]);
    return result.rows[0].n;
  }, process.env.TEST_DATABASE_URL);
}

describe('sign-up', () => {
  it('creates the agency in Asia/Shanghai with a 30-day window and makes the user its OWNER', async () => {
    const email = uniqueEmail();
    const result = await api.gql(SIGN_UP, {
      input: {
        agencyName: 'Shenzhen Bright Sea',
        name: '李娜',
        email: `  ${email.toUpperCase()} `,
        password: 'a long enough pw',
      },
    });
    expect(result.errors).toBeUndefined();
    const { viewer, token } = result.data!.signUp;
    expect(viewer.role).toBe('OWNER');
    expect(viewer.user.email).toBe(email);
    expect(viewer.agency).toMatchObject({
      name: 'Shenzhen Bright Sea',
      timeZone: 'Asia/Shanghai',
      expiryWarningDays: 30,
    });
    expect(viewer.agency.slug).toMatch(/^shenzhen-bright-sea-[0-9a-f]{6}$/);

    const me = await api.gql(ME, {}, { as: token });
    expect(me.data!.me).toMatchObject({
      role: 'OWNER',
      user: { email, locale: 'zh-CN' },
      apiKey: null,
    });
  });

  it('keeps the time zone it is given', async () => {
    const result = await api.gql(SIGN_UP, {
      input: {
        agencyName: 'Bangkok Desk',
        name: 'Somchai',
        email: uniqueEmail(),
        password: 'a long enough pw',
        timeZone: 'Asia/Bangkok',
      },
    });
    expect(result.data!.signUp.viewer.agency.timeZone).toBe('Asia/Bangkok');
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const result = await api.gql(SIGN_UP, {
      input: {
        agencyName: '   ',
        name: '李娜',
        email: 'not-an-email',
        password: 'short',
        timeZone: 'UTC+8',
      },
    });
    expect(result.data).toBeNull();
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const byField = Object.fromEntries(
      error.extensions!.fieldErrors!.map((e) => [e.field, e.code]),
    );
    expect(byField).toEqual({
      agencyName: 'REQUIRED',
      email: 'INVALID_FORMAT',
      password: 'TOO_SHORT',
      timeZone: 'INVALID_FORMAT',
    });
    expect(await countUsers('not-an-email')).toBe(0);
  });

  it('answers CONFLICT for an email that already has a login, and creates no second agency', async () => {
    const existing = await signUpAgency(api);
    const result = await api.gql(SIGN_UP, {
      input: {
        agencyName: 'Copycat',
        name: 'X',
        email: existing.email,
        password: 'a long enough pw',
      },
    });
    expect(result.errors![0].extensions!.code).toBe('CONFLICT');
    expect(result.errors![0].extensions!.fieldErrors![0]).toMatchObject({
      field: 'email',
      code: 'TAKEN',
    });
    const agencies = await withAdminClient(
      (client) => client.query(`SELECT count(*)::int AS n FROM agencies WHERE name = 'Copycat'`),
      process.env.TEST_DATABASE_URL,
    );
    expect(agencies.rows[0].n).toBe(0);
  });
});

describe('login', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const agency = await signUpAgency(api);
    const result = await api.gql(
      LOGIN,
      { input: { email: agency.email.toUpperCase(), password: agency.password } },
      { headers: { 'x-forwarded-for': uniqueAddress() } },
    );
    expect(result.data!.login.viewer).toMatchObject({
      role: 'OWNER',
      agency: { id: agency.agencyId },
    });
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    const agency = await signUpAgency(api);
    const headers = { 'x-forwarded-for': uniqueAddress() };
    const wrongPassword = await api.gql(
      LOGIN,
      { input: { email: agency.email, password: 'wrong password!' } },
      { headers },
    );
    const unknownEmail = await api.gql(
      LOGIN,
      { input: { email: uniqueEmail(), password: 'wrong password!' } },
      { headers },
    );
    expect(wrongPassword.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
  });

  it('refuses an agency the user does not belong to', async () => {
    const mine = await signUpAgency(api);
    const other = await signUpAgency(api);
    const result = await api.gql(
      LOGIN,
      { input: { email: mine.email, password: mine.password, agencyId: other.agencyId } },
      { headers: { 'x-forwarded-for': uniqueAddress() } },
    );
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('throttles an account after five failures, even with the right password, with a retry-after', async () => {
    const agency = await signUpAgency(api);
    for (let attempt = 0; attempt < 5; attempt++) {
      const headers = { 'x-forwarded-for': uniqueAddress() };
      const failed = await api.gql(
        LOGIN,
        { input: { email: agency.email, password: 'wrong password!' } },
        { headers },
      );
      expect(failed.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(
      LOGIN,
      { input: { email: agency.email, password: agency.password } },
      { headers: { 'x-forwarded-for': uniqueAddress() } },
    );
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('throttles one address trying many accounts', async () => {
    const headers = { 'x-forwarded-for': uniqueAddress() };
    const codes: string[] = [];
    const limit = api.config.LOGIN_ATTEMPTS_PER_ADDRESS;
    for (let attempt = 0; attempt <= limit; attempt++) {
      const result = await api.gql(
        LOGIN,
        { input: { email: uniqueEmail(), password: 'guess guess guess' } },
        { headers },
      );
      codes.push(result.errors![0].extensions!.code as string);
    }
    expect(codes.slice(0, limit).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[limit]).toBe('RATE_LIMITED');
  });
});

describe('sessions', () => {
  const REFRESH = /* GraphQL */ `
    mutation {
      refreshSession {
        token
        viewer {
          role
        }
      }
    }
  `;
  const SIGN_OUT = /* GraphQL */ `
    mutation {
      signOut
    }
  `;

  function cookieFrom(headers: Headers): string {
    const setCookie = headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/vd_session=.+; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    return setCookie.split(';')[0];
  }

  it('renews the access token from the httpOnly cookie, rotating it, until sign-out', async () => {
    const email = uniqueEmail();
    const signedUp = await api.gql(SIGN_UP, {
      input: { agencyName: 'Cookie Co', name: 'Li', email, password: 'a long enough pw' },
    });
    const cookie = cookieFrom(signedUp.headers);

    const refreshed = await api.gql(REFRESH, {}, { headers: { cookie } });
    expect(refreshed.data!.refreshSession.viewer.role).toBe('OWNER');
    const rotated = cookieFrom(refreshed.headers);
    expect(rotated).not.toBe(cookie);

    // A second tab refreshing with the same old cookie moments later is not signed out…
    const sameMoment = await api.gql(REFRESH, {}, { headers: { cookie } });
    expect(sameMoment.data!.refreshSession.viewer.role).toBe('OWNER');
    expect(sameMoment.headers.get('set-cookie')).toBeNull();
    // …but the replaced cookie stops working after the grace period.
    api.clock.set(new Date(Date.now() + 31_000));
    const reused = await api.gql(REFRESH, {}, { headers: { cookie } });
    expect(reused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    api.clock.reset();

    await api.gql(SIGN_OUT, {}, { headers: { cookie: rotated } });
    const afterSignOut = await api.gql(REFRESH, {}, { headers: { cookie: rotated } });
    expect(afterSignOut.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a tampered access token', async () => {
    const agency = await signUpAgency(api);
    const tampered = agency.token.slice(0, -3) + (agency.token.endsWith('aaa') ? 'bbb' : 'aaa');
    const result = await api.gql(ME, {}, { as: tampered });
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('invitations', () => {
  it('lets the invited person join with the invited role, once', async () => {
    const owner = await signUpAgency(api);
    const email = uniqueEmail('manager');
    const invited = await api.gql(
      INVITE,
      { input: { email, name: '王芳', role: 'MANAGER' } },
      { as: owner.token },
    );
    const invitation = invited.data!.inviteMember;
    expect(invitation.role).toBe('MANAGER');
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const token = new URL(invitation.acceptUrl).searchParams.get('token');

    const accepted = await api.gql(ACCEPT, {
      input: { token, name: '王芳', password: 'manager password' },
    });
    expect(accepted.data!.acceptInvitation.viewer).toMatchObject({
      role: 'MANAGER',
      agency: { id: owner.agencyId },
    });

    const again = await api.gql(ACCEPT, {
      input: { token, name: '王芳', password: 'manager password' },
    });
    expect(again.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'token', code: 'USED' }],
    });

    const members = await api.gql(`{ members { role user { email } } }`, {}, { as: owner.token });
    expect(members.data!.members.map((m: any) => [m.user.email, m.role])).toEqual([
      [owner.email, 'OWNER'],
      [email, 'MANAGER'],
    ]);
  });

  it('refuses an expired invitation', async () => {
    const owner = await signUpAgency(api);
    const invited = await api.gql(
      INVITE,
      { input: { email: uniqueEmail(), name: 'Late', role: 'VIEWER' } },
      { as: owner.token },
    );
    await withAdminClient(
      (client) =>
        client.query(
          `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
          [invited.data!.inviteMember.id],
        ),
      process.env.TEST_DATABASE_URL,
    );
    const token = new URL(invited.data!.inviteMember.acceptUrl).searchParams.get('token');
    const result = await api.gql(ACCEPT, {
      input: { token, name: 'Late', password: 'late password!' },
    });
    expect(result.errors![0].extensions!.fieldErrors![0]).toMatchObject({
      field: 'token',
      code: 'EXPIRED',
    });
  });

  it('lets an existing login join a second agency with its own password, and choose it at sign-in', async () => {
    const first = await signUpAgency(api);
    const second = await signUpAgency(api);
    const invited = await api.gql(
      INVITE,
      { input: { email: first.email, name: 'Li', role: 'ADMIN' } },
      { as: second.token },
    );
    const token = new URL(invited.data!.inviteMember.acceptUrl).searchParams.get('token');

    const wrong = await api.gql(ACCEPT, {
      input: { token, name: 'Li', password: 'not my password' },
    });
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const joined = await api.gql(ACCEPT, {
      input: { token, name: 'Li', password: first.password },
    });
    expect(joined.data!.acceptInvitation.viewer).toMatchObject({
      role: 'ADMIN',
      agency: { id: second.agencyId },
    });

    const headers = { 'x-forwarded-for': uniqueAddress() };
    const defaultLogin = await api.gql(
      LOGIN,
      { input: { email: first.email, password: first.password } },
      { headers },
    );
    expect(defaultLogin.data!.login.viewer.agency.id).toBe(first.agencyId);
    const chosen = await api.gql(
      LOGIN,
      { input: { email: first.email, password: first.password, agencyId: second.agencyId } },
      { headers },
    );
    expect(chosen.data!.login.viewer).toMatchObject({
      role: 'ADMIN',
      agency: { id: second.agencyId },
    });
  });

  it('refuses to invite someone who is already a member', async () => {
    const owner = await signUpAgency(api);
    const result = await api.gql(
      INVITE,
      { input: { email: owner.email, name: 'Me', role: 'VIEWER' } },
      { as: owner.token },
    );
    expect(result.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: [{ field: 'email', code: 'ALREADY_MEMBER' }],
    });
  });
});
