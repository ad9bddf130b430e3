import { graphql } from '../../../generated';

export const START_TWO_FACTOR_SETUP = graphql(`
  mutation StartTwoFactorSetup {
    startTwoFactorSetup {
      secret
      otpauthUrl
    }
  }
`);

export const CONFIRM_TWO_FACTOR = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code)
  }
`);

export const DISABLE_TWO_FACTOR = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

export const SIGN_IN_SESSIONS = graphql(`
  query SignInSessions {
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
`);

export const REVOKE_SIGN_IN_SESSION = graphql(`
  mutation RevokeSignInSession($id: ID!) {
    revokeSignInSession(id: $id)
  }
`);

export const DATA_EXPORT_FIELDS = graphql(`
  fragment DataExportFields on DataExport {
    id
    status
    createdAt
    readyAt
    sizeBytes
    url
    expiresAt
  }
`);

export const DATA_EXPORTS = graphql(`
  query DataExports {
    dataExports {
      ...DataExportFields
    }
  }
`);

export const REQUEST_DATA_EXPORT = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      ...DataExportFields
    }
  }
`);

export const DELETE_AGENCY = graphql(`
  mutation DeleteAgency($confirmName: String!) {
    deleteAgency(confirmName: $confirmName)
  }
`);
