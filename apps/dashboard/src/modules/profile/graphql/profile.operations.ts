import { graphql } from '../../../generated';

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      name
      email
      locale
      timeZone
    }
  }
`);
