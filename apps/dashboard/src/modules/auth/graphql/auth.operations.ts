import { graphql } from '../../../generated';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    role
    user {
      id
      name
      email
      locale
      timeZone
      twoFactorEnabled
    }
    agency {
      id
      name
      slug
      timeZone
      expiryWarningDays
      requireTwoFactor
    }
  }
`);

export const AUTH_PAYLOAD_FIELDS = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    token
    expiresAt
    viewer {
      ...ViewerFields
    }
  }
`);

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);
