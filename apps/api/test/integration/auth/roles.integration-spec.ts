// Who may do what is the generated role matrix (role-matrix.integration-spec.ts); here, the rules of
// changing and removing members.
import { addMember, signUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi } from '../../support/test-api';

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
});
