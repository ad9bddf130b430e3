import type { GraphQLClient } from './test-api';
import { uniqueEmail } from './test-api';

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      viewer {
        role
        user {
          id
          email
          name
        }
        agency {
          id
          name
          slug
          timeZone
          expiryWarningDays
        }
      }
    }
  }
`;

export const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
      acceptUrl
    }
  }
`;

export const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      viewer {
        role
        user {
          id
          email
        }
        agency {
          id
        }
      }
    }
  }
`;

export const CREATE_API_KEY = /* GraphQL */ `
  mutation CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        role
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`;

export type SignedUpAgency = {
  token: string;
  agencyId: string;
  userId: string;
  email: string;
  password: string;
};

/** Signs up a fresh agency and returns its OWNER's token. */
export async function signUpAgency(
  api: GraphQLClient,
  name = '深圳海拓跨境服务有限公司',
): Promise<SignedUpAgency> {
  const email = uniqueEmail('owner');
  const password = 'correct horse battery';
  const result = await api.gql(SIGN_UP, {
    input: { agencyName: name, name: '李娜', email, password },
  });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const payload = result.data.signUp;
  return {
    token: payload.token,
    agencyId: payload.viewer.agency.id,
    userId: payload.viewer.user.id,
    email,
    password,
  };
}

/** Invites and accepts a member with the given role; returns their token and ids. */
export async function addMember(api: GraphQLClient, ownerToken: string, role: string) {
  const email = uniqueEmail(role.toLowerCase());
  const invited = await api.gql(
    INVITE,
    { input: { email, name: '王芳', role } },
    { as: ownerToken },
  );
  if (!invited.data) throw new Error(JSON.stringify(invited.errors));
  const token = new URL(invited.data.inviteMember.acceptUrl).searchParams.get('token');
  const accepted = await api.gql(ACCEPT, {
    input: { token, name: '王芳', password: 'another good password' },
  });
  if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  return {
    token: accepted.data.acceptInvitation.token as string,
    userId: accepted.data.acceptInvitation.viewer.user.id as string,
    email,
  };
}
