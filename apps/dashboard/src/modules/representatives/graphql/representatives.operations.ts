import { graphql } from '../../../generated';

export const ENTITY_REPRESENTATIVE_FIELDS = graphql(`
  fragment EntityRepresentativeFields on Representative {
    id
    fullName
    role
    idType
    idNumberMasked
    idExpiresOn
    phoneMasked
    verificationStatus
    verifiedAt
  }
`);

export const ENTITY_ADD_REPRESENTATIVE = graphql(`
  mutation EntityAddRepresentative($input: AddRepresentativeInput!) {
    addRepresentative(input: $input) {
      ...EntityRepresentativeFields
    }
  }
`);

export const ENTITY_REVEAL_ID_NUMBER = graphql(`
  mutation EntityRevealIdNumber($representativeId: ID!) {
    revealIdNumber(representativeId: $representativeId)
  }
`);
