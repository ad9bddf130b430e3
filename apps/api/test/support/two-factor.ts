// Two-factor sign-in as a user's authenticator app would do it: the codes come from otplib, a
// second implementation of RFC 6238, so the server's (otpauth) is checked against it.
import { generateSync } from 'otplib';
import type { GraphQLClient } from './test-api';

export const START_SETUP = /* GraphQL */ `
  mutation {
    startTwoFactorSetup {
      secret
      otpauthUrl
    }
  }
`;
export const CONFIRM = /* GraphQL */ `
  mutation Confirm($code: String!) {
    confirmTwoFactor(code: $code)
  }
`;
export const DISABLE = /* GraphQL */ `
  mutation Disable($code: String!) {
    disableTwoFactor(code: $code)
  }
`;
export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      viewer {
        role
        user {
          email
          twoFactorEnabled
        }
      }
    }
  }
`;

/** The authenticator app's code for `secret`, `steps` 30-second steps from now. */
export function totpCode(secret: string, steps = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** Turns two-factor sign-in on for the caller; returns the secret and the recovery codes. */
export async function turnOnTwoFactor(
  api: GraphQLClient,
  token: string,
): Promise<{ secret: string; otpauthUrl: string; recoveryCodes: string[] }> {
  const setup = await api.gql(START_SETUP, {}, { as: token });
  if (!setup.data) throw new Error(JSON.stringify(setup.errors));
  const { secret, otpauthUrl } = setup.data.startTwoFactorSetup;
  const confirmed = await api.gql(CONFIRM, { code: totpCode(secret) }, { as: token });
  if (!confirmed.data) throw new Error(JSON.stringify(confirmed.errors));
  return { secret, otpauthUrl, recoveryCodes: confirmed.data.confirmTwoFactor };
}
