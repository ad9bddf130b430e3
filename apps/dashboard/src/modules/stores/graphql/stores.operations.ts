import { graphql } from '../../../generated';

export const ENTITY_STORE_FIELDS = graphql(`
  fragment EntityStoreFields on Store {
    id
    site
    shopName
    lazadaSellerId
    categories
    status
    restrictedModules
    freezeUntil
    statusChangedAt
  }
`);

export const ENTITY_ADD_STORE = graphql(`
  mutation EntityAddStore($input: AddStoreInput!) {
    addStore(input: $input) {
      ...EntityStoreFields
    }
  }
`);

export const ENTITY_UPDATE_STORE_STATUS = graphql(`
  mutation EntityUpdateStoreStatus($input: UpdateStoreStatusInput!) {
    updateStoreStatus(input: $input) {
      ...EntityStoreFields
    }
  }
`);
