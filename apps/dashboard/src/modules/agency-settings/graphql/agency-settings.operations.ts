import { graphql } from '../../../generated';

export const AGENCY_SETTINGS_FIELDS = graphql(`
  fragment AgencySettingsFields on Agency {
    id
    name
    slug
    timeZone
    expiryWarningDays
    requireTwoFactor
  }
`);

export const AGENCY_SETTINGS = graphql(`
  query AgencySettings {
    me {
      agency {
        ...AgencySettingsFields
      }
    }
  }
`);

export const UPDATE_AGENCY = graphql(`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      ...AgencySettingsFields
    }
  }
`);
