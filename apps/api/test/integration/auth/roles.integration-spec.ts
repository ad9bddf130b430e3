import { addMember, CREATE_API_KEY, INVITE, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi, uniqueEmail } from '../../support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const MEMBERS = /* GraphQL */ `
  {
    members {
      id
      role
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
      role
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

describe('who may administer the agency', () => {
  // One table drives the matrix: operation × role → allowed?
  const operations: Record<string, (token: string) => Promise<{ errors?: any[] }>> = {
    members: (token) => api.gql(MEMBERS, {}, { as: token }),
    invitations: (token) => api.gql(`{ invitations { id } }`, {}, { as: token }),
    apiKeys: (token) => api.gql(`{ apiKeys { id } }`, {}, { as: token }),
    inviteMember: (token) =>
      api.gql(
        INVITE,
        { input: { email: uniqueEmail(), name: 'New', role: 'VIEWER' } },
        { as: token },
      ),
    createApiKey: (token) =>
      api.gql(CREATE_API_KEY, { input: { name: 'k', role: 'VIEWER' } }, { as: token }),
  };
  const allowed: Record<string, string[]> = {
    members: ['OWNER', 'ADMIN', 'MANAGER', 'VIEWER'],
    invitations: ['OWNER', 'ADMIN'],
    apiKeys: ['OWNER', 'ADMIN'],
    inviteMember: ['OWNER', 'ADMIN'],
    createApiKey: ['OWNER', 'ADMIN'],
  };

  let tokens: Record<string, string>;
  beforeAll(async () => {
    const owner = await signUpAgency(api);
    tokens = { OWNER: owner.token };
    for (const role of ['ADMIN', 'MANAGER', 'VIEWER'])
      tokens[role] = (await addMember(api, owner.token, role)).token;
  });

  for (const [operation, roles] of Object.entries(allowed)) {
    for (const role of ['OWNER', 'ADMIN', 'MANAGER', 'VIEWER']) {
      const expected = roles.includes(role) ? 'allowed' : 'FORBIDDEN';
      it(`${operation} by ${role}: ${expected}`, async () => {
        const result = await operations[operation](tokens[role]);
        if (expected === 'allowed') expect(result.errors).toBeUndefined();
        else expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
      });
    }
  }

  it('refuses every operation without credentials', async () => {
    for (const run of [() => api.gql(MEMBERS), () => api.gql(`{ me { role } }`)]) {
      expect((await run()).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('changing and removing members', () => {
  it('keeps at least one OWNER', async () => {
    const owner = await signUpAgency(api);
    const members = await api.gql(MEMBERS, {}, { as: owner.token });
    const self = members.data!.members[0];
    const result = await api.gql(
      UPDATE_ROLE,
      { input: { memberId: self.id, role: 'ADMIN' } },
      { as: owner.token },
    );
    expect(result.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: [{ code: 'LAST_OWNER' }],
    });
    const removal = await api.gql(REMOVE, { id: self.id }, { as: owner.token });
    expect(removal.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('lets an OWNER promote a member, but not an ADMIN grant OWNER', async () => {
    const owner = await signUpAgency(api);
    const admin = await addMember(api, owner.token, 'ADMIN');
    const viewer = await addMember(api, owner.token, 'VIEWER');
    const members = await api.gql(MEMBERS, {}, { as: owner.token });
    const viewerMember = members.data!.members.find((m: any) => m.user.email === viewer.email);

    const byAdmin = await api.gql(
      UPDATE_ROLE,
      { input: { memberId: viewerMember.id, role: 'OWNER' } },
      { as: admin.token },
    );
    expect(byAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const byOwner = await api.gql(
      UPDATE_ROLE,
      { input: { memberId: viewerMember.id, role: 'MANAGER' } },
      { as: owner.token },
    );
    expect(byOwner.data!.updateMemberRole.role).toBe('MANAGER');
    const me = await api.gql(`{ me { role } }`, {}, { as: viewer.token });
    expect(me.data!.me.role).toBe('MANAGER');
  });

  it('cuts a removed member off at once, token and all', async () => {
    const owner = await signUpAgency(api);
    const manager = await addMember(api, owner.token, 'MANAGER');
    const members = await api.gql(MEMBERS, {}, { as: owner.token });
    const member = members.data!.members.find((m: any) => m.user.email === manager.email);
    await api.gql(REMOVE, { id: member.id }, { as: owner.token });
    const after = await api.gql(`{ me { role } }`, {}, { as: manager.token });
    expect(after.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("answers NOT_FOUND for another agency's member and invitation", async () => {
    const mine = await signUpAgency(api);
    const theirs = await signUpAgency(api);
    const theirMembers = await api.gql(MEMBERS, {}, { as: theirs.token });
    const theirOwner = theirMembers.data!.members[0];
    const invitation = await api.gql(
      INVITE,
      { input: { email: uniqueEmail(), name: 'x', role: 'VIEWER' } },
      { as: theirs.token },
    );

    const update = await api.gql(
      UPDATE_ROLE,
      { input: { memberId: theirOwner.id, role: 'VIEWER' } },
      { as: mine.token },
    );
    const removal = await api.gql(REMOVE, { id: theirOwner.id }, { as: mine.token });
    const revoke = await api.gql(
      `mutation R($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: invitation.data!.inviteMember.id },
      { as: mine.token },
    );
    for (const result of [update, removal, revoke])
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');

    const myMembers = await api.gql(MEMBERS, {}, { as: mine.token });
    expect(myMembers.data!.members.map((m: any) => m.user.email)).toEqual([mine.email]);
    const myInvitations = await api.gql(`{ invitations { id } }`, {}, { as: mine.token });
    expect(myInvitations.data!.invitations).toEqual([]);
  });
});
