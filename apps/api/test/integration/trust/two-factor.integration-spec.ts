// RULES.md, "Trust" — two-factor sign-in: setup, TWO_FACTOR_REQUIRED, wrong codes, the throttle,
// replay, recovery codes, sealed secrets, disabling, API keys, and the agency's requirement.
import { ACCEPT, addMember, CREATE_API_KEY, INVITE, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';
import {
  CONFIRM,
  DISABLE,
  LOGIN,
  START_SETUP,
  totpCode,
  turnOnTwoFactor,
} from '../../support/two-factor';

const ME = /* GraphQL */ `
  {
    me {
      role
      user {
        twoFactorEnabled
      }
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  {
    members {
      id
    }
  }
`;
const REQUIRE = /* GraphQL */ `
  mutation Require($on: Boolean!) {
    updateAgency(input: { requireTwoFactor: $on }) {
      requireTwoFactor
    }
  }
`;

let api: TestApi;
beforeAll(async () => {
  // Per-account failures are what these tests count; the file's one address must not run out.
  api = await startTestApi({ LOGIN_ATTEMPTS_PER_ACCOUNT: '4', LOGIN_ATTEMPTS_PER_ADDRESS: '1000' });
});
afterAll(async () => {
  await api?.close();
});

const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  result.errors?.[0]?.extensions?.code;

async function userRow(userId: string) {
  return withAdminClient(async (client) => {
    const { rows } = await client.query(
      `SELECT two_factor_ciphertext, two_factor_key_id, two_factor_recovery_hashes,
              two_factor_pending_ciphertext FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0];
  }, process.env.TEST_DATABASE_URL);
}

describe('two-factor sign-in', () => {
  it('is set up from a fresh secret an authenticator app reads, and turned on with its code', async () => {
    const owner = await signUpAgency(api);
    expect((await api.gql(ME, {}, { as: owner.token })).data!.me.user.twoFactorEnabled).toBe(false);

    const setup = await api.gql(START_SETUP, {}, { as: owner.token });
    const { secret, otpauthUrl } = setup.data!.startTwoFactorSetup;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe(`/VeriDesk:${owner.email}`);
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('VeriDesk');
    // What WeChat/Tencent, Microsoft and Google Authenticator read: SHA-1, 6 digits, 30 s.
    expect(url.searchParams.get('algorithm')).toBe('SHA1');
    expect(url.searchParams.get('digits')).toBe('6');
    expect(url.searchParams.get('period')).toBe('30');
    // A second setup hands out another secret.
    const again = await api.gql(START_SETUP, {}, { as: owner.token });
    expect(again.data!.startTwoFactorSetup.secret).not.toBe(secret);
    const fresh = again.data!.startTwoFactorSetup.secret;

    const wrong = await api.gql(CONFIRM, { code: '000000' }, { as: owner.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.fieldErrors![0]).toMatchObject({ field: 'code' });
    // The first secret is no longer the pending one.
    expect(codeOf(await api.gql(CONFIRM, { code: totpCode(secret) }, { as: owner.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await api.gql(ME, {}, { as: owner.token })).data!.me.user.twoFactorEnabled).toBe(false);

    const confirmed = await api.gql(CONFIRM, { code: totpCode(fresh) }, { as: owner.token });
    const codes: string[] = confirmed.data!.confirmTwoFactor;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await api.gql(ME, {}, { as: owner.token })).data!.me.user.twoFactorEnabled).toBe(true);

    // Sealed like ID numbers; recovery codes only as hashes.
    const row = await userRow(owner.userId);
    expect(row.two_factor_ciphertext).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.two_factor_ciphertext).not.toContain(fresh);
    expect(row.two_factor_key_id).toBe('k1');
    expect(row.two_factor_pending_ciphertext).toBeNull();
    expect(row.two_factor_recovery_hashes).toHaveLength(10);
    const stored = JSON.stringify(row);
    for (const code of codes) expect(stored).not.toContain(code.replace('-', ''));
  });

  it('asks for the code after the right password only, refuses wrong and replayed codes, and takes each recovery code once', async () => {
    const owner = await signUpAgency(api);
    const { secret, recoveryCodes } = await turnOnTwoFactor(api, owner.token);
    const login = (extra: Record<string, unknown> = {}) =>
      api.gql(LOGIN, { input: { email: owner.email, password: owner.password, ...extra } });

    const missing = await login();
    expect(codeOf(missing)).toBe('TWO_FACTOR_REQUIRED');
    expect(missing.data).toBeNull();
    // A wrong password says nothing about two-factor sign-in.
    const wrongPassword = await api.gql(LOGIN, {
      input: { email: owner.email, password: 'not the password' },
    });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0].message).not.toMatch(/code|two-factor/i);

    expect(codeOf(await login({ otp: '123456' }))).toBe('UNAUTHENTICATED');

    // The next step's code (the setup used this one): accepted once, then refused as a replay.
    const code = totpCode(secret, 1);
    const signedIn = await login({ otp: code });
    expect(signedIn.data!.login.token).toEqual(expect.any(String));
    expect(signedIn.data!.login.viewer.user.twoFactorEnabled).toBe(true);
    expect(codeOf(await login({ otp: code }))).toBe('UNAUTHENTICATED');
    // An earlier step's code, though within the window, is refused too.
    expect(codeOf(await login({ otp: totpCode(secret, 0) }))).toBe('UNAUTHENTICATED');

    // A recovery code, typed in upper case with a space, works once.
    const recovery = recoveryCodes[0].toUpperCase().replace('-', ' ');
    expect((await login({ otp: recovery })).data!.login.token).toEqual(expect.any(String));
    expect(codeOf(await login({ otp: recoveryCodes[0] }))).toBe('UNAUTHENTICATED');
    expect((await login({ otp: recoveryCodes[1] })).data!.login.token).toEqual(expect.any(String));
  });

  it('counts wrong codes against the sign-in throttle', async () => {
    const owner = await signUpAgency(api);
    const { recoveryCodes } = await turnOnTwoFactor(api, owner.token);
    const login = (otp: string) =>
      api.gql(LOGIN, { input: { email: owner.email, password: owner.password, otp } });
    for (let i = 0; i < 4; i += 1) expect(codeOf(await login('111111'))).toBe('UNAUTHENTICATED');
    // The budget (4 per account here) is spent: even a right code waits.
    expect(codeOf(await login(recoveryCodes[0]))).toBe('RATE_LIMITED');
  });

  it('is turned off with a current code only; API keys never needed it', async () => {
    const owner = await signUpAgency(api);
    const key = await api.gql(
      CREATE_API_KEY,
      { input: { name: 'ERP', role: 'VIEWER' } },
      { as: owner.token },
    );
    const { secret } = await turnOnTwoFactor(api, owner.token);
    // The key answers as before.
    expect((await api.gql(ME, {}, { as: key.data!.createApiKey.secret })).data!.me.role).toBe(
      'VIEWER',
    );

    const wrong = await api.gql(DISABLE, { code: '000000' }, { as: owner.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect((await api.gql(ME, {}, { as: owner.token })).data!.me.user.twoFactorEnabled).toBe(true);

    expect(
      (await api.gql(DISABLE, { code: totpCode(secret, 1) }, { as: owner.token })).data!
        .disableTwoFactor,
    ).toBe(true);
    expect((await api.gql(ME, {}, { as: owner.token })).data!.me.user.twoFactorEnabled).toBe(false);
    const row = await userRow(owner.userId);
    expect(row.two_factor_ciphertext).toBeNull();
    expect(row.two_factor_recovery_hashes).toEqual([]);
    const login = await api.gql(LOGIN, {
      input: { email: owner.email, password: owner.password },
    });
    expect(login.data!.login.token).toEqual(expect.any(String));
  });

  it('holds OWNERs and ADMINs without it to the setup once the agency requires it', async () => {
    const owner = await signUpAgency(api);
    // Only someone who has it may require it.
    const refused = await api.gql(REQUIRE, { on: true }, { as: owner.token });
    expect(refused.errors![0].extensions!.fieldErrors![0]).toMatchObject({
      field: 'requireTwoFactor',
    });
    await turnOnTwoFactor(api, owner.token);
    const admin = await addMember(api, owner.token, 'ADMIN');
    const manager = await addMember(api, owner.token, 'MANAGER');
    expect((await api.gql(MEMBERS, {}, { as: admin.token })).data!.members).toHaveLength(3);

    expect(
      (await api.gql(REQUIRE, { on: true }, { as: owner.token })).data!.updateAgency
        .requireTwoFactor,
    ).toBe(true);
    // At once, for the token the admin already holds.
    expect(codeOf(await api.gql(MEMBERS, {}, { as: admin.token }))).toBe(
      'TWO_FACTOR_SETUP_REQUIRED',
    );
    expect((await api.gql(MEMBERS, {}, { as: manager.token })).data!.members).toHaveLength(3);
    expect((await api.gql(MEMBERS, {}, { as: owner.token })).data!.members).toHaveLength(3);
    // Signing in still works, to set it up; `me` answers.
    const signedIn = await api.gql(LOGIN, {
      input: { email: admin.email, password: 'another good password' },
    });
    const adminToken = signedIn.data!.login.token;
    expect((await api.gql(ME, {}, { as: adminToken })).data!.me.role).toBe('ADMIN');
    expect(codeOf(await api.gql(MEMBERS, {}, { as: adminToken }))).toBe(
      'TWO_FACTOR_SETUP_REQUIRED',
    );
    await turnOnTwoFactor(api, adminToken);
    expect((await api.gql(MEMBERS, {}, { as: adminToken })).data!.members).toHaveLength(3);
  });
});

describe('joining another agency with a login that has two-factor sign-in', () => {
  it('needs the code too: the invitation is not a way around it', async () => {
    const member = await signUpAgency(api);
    const { secret } = await turnOnTwoFactor(api, member.token);
    const other = await signUpAgency(api);
    const invite = async () => {
      const invited = await api.gql(
        INVITE,
        { input: { email: member.email, name: '李娜', role: 'ADMIN' } },
        { as: other.token },
      );
      return new URL(invited.data!.inviteMember.acceptUrl).searchParams.get('token');
    };
    const token = await invite();
    const accept = (otp?: string) =>
      api.gql(ACCEPT, { input: { token, name: '李娜', password: member.password, otp } });
    expect(codeOf(await accept())).toBe('TWO_FACTOR_REQUIRED');
    expect(codeOf(await accept('000000'))).toBe('UNAUTHENTICATED');
    // Nothing was joined meanwhile: the invitation still works, with the code.
    const joined = await accept(totpCode(secret, 1));
    expect(joined.data!.acceptInvitation.viewer.agency.id).toBe(other.agencyId);
  });
});
