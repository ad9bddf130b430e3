// Seeds the demo agency through the public GraphQL API (the same services integrators use).
// Idempotent: a second run signs in to the existing demo agency instead of creating another.
import { DEMO_TIME_ZONE, seedPortfolio } from './portfolio';

export { residentId, uscc } from './identifiers';

export const DEMO_LOGIN = { email: 'demo@veridesk.example.com', password: 'veridesk-demo-2026' };

/** One GraphQL request to the API at `url`; resolves to the response body (data and errors). */
export async function gql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const AUTH = `token viewer { agency { id name } }`;

export async function seedDemo(url: string) {
  const signUp = await gql(
    url,
    `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`,
    {
      input: {
        agencyName: '深圳星河跨境电商服务有限公司',
        name: '李娜',
        email: DEMO_LOGIN.email,
        password: DEMO_LOGIN.password,
        timeZone: DEMO_TIME_ZONE,
      },
    },
  );
  if (signUp.errors?.[0]?.extensions?.code === 'CONFLICT') return DEMO_LOGIN;
  if (signUp.errors) throw new Error(`Demo sign-up failed: ${signUp.errors[0].message}`);
  const token = signUp.data.signUp.token;

  const colleagues = [
    { email: 'chen.jing@veridesk.example.com', name: '陈静', role: 'MANAGER' },
    { email: 'zhou.wei@veridesk.example.com', name: '周伟', role: 'MANAGER' },
    { email: 'finance@veridesk.example.com', name: '财务 · 刘洋', role: 'VIEWER' },
  ];
  const managerMemberIds: string[] = [];
  for (const colleague of colleagues) {
    const invited = await gql(
      url,
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }`,
      { input: colleague },
      token,
    );
    const invitationToken = new URL(invited.data.inviteMember.acceptUrl).searchParams.get('token');
    const accepted = await gql(
      url,
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`,
      { input: { token: invitationToken, name: colleague.name, password: DEMO_LOGIN.password } },
    );
    if (colleague.role === 'MANAGER') {
      const me = await gql(
        url,
        `{ me { user { id } } members { id user { id } } }`,
        {},
        accepted.data.acceptInvitation.token,
      );
      managerMemberIds.push(
        me.data.members.find(
          (member: { user: { id: string } }) => member.user.id === me.data.me.user.id,
        ).id,
      );
    }
  }
  await seedPortfolio(
    async (query, variables, bearer) => {
      const result = await gql(url, query, variables, bearer);
      if (result.errors) throw new Error(`Demo seed failed: ${result.errors[0].message}`);
      return result.data;
    },
    token,
    managerMemberIds,
  );
  await gql(
    url,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
    { input: { name: 'ERP 同步 (示例)', role: 'VIEWER' } },
    token,
  );
  return DEMO_LOGIN;
}
