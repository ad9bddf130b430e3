import { graphql } from '../../../generated';

export const ENTITY_LIST_ITEM_FIELDS = graphql(`
  fragment EntityListItemFields on SellerEntity {
    id
    legalName
    englishName
    uscc
    registeredRepresentativeName
    verificationStatus
    archivedAt
    manager {
      id
      user {
        id
        name
      }
    }
    stores {
      id
      site
      shopName
      status
    }
    businessLicense {
      id
      expiresOn
      daysUntilExpiry
      status
    }
  }
`);

export const ENTITIES_LIST = graphql(`
  query EntitiesList($filter: SellerEntityFilter, $first: Int!, $after: String) {
    sellerEntities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EntityListItemFields
        }
      }
    }
  }
`);

export const ENTITIES_CREATE = graphql(`
  mutation EntitiesCreate($input: CreateSellerEntityInput!) {
    createSellerEntity(input: $input) {
      ...EntityListItemFields
    }
  }
`);

export const ENTITY_PAGE = graphql(`
  query EntityPage($id: ID!) {
    sellerEntity(id: $id) {
      ...EntityListItemFields
      businessScope
      needsChineseSupport
      chineseSupportRequested
      violationsLast90Days
      createdAt
      updatedAt
      stores {
        ...EntityStoreFields
      }
      representatives {
        ...EntityRepresentativeFields
      }
      documents {
        ...EntityDocumentFields
      }
      verificationCases {
        id
        site
        status
        deadlineAt
        createdAt
        representative {
          id
          fullName
        }
        appointment {
          id
          startsAt
          siteTimeZone
        }
      }
    }
  }
`);

export const ENTITY_UPDATE = graphql(`
  mutation EntityUpdate($id: ID!, $input: UpdateSellerEntityInput!) {
    updateSellerEntity(id: $id, input: $input) {
      ...EntityListItemFields
      businessScope
      needsChineseSupport
      chineseSupportRequested
      violationsLast90Days
      updatedAt
    }
  }
`);

export const ENTITY_ARCHIVE = graphql(`
  mutation EntityArchive($id: ID!) {
    archiveSellerEntity(id: $id) {
      id
      archivedAt
    }
  }
`);

/** Seller entities whose name or USCC contains the search, for pickers (with what opening a case needs). */
export const ENTITY_OPTIONS = graphql(`
  query EntityOptions($search: String, $first: Int) {
    sellerEntities(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          legalName
          uscc
          verificationStatus
          representatives {
            id
            fullName
            role
          }
          stores {
            id
            site
            shopName
            status
          }
        }
      }
    }
  }
`);

export const ENTITY_OPTION = graphql(`
  query EntityOption($id: ID!) {
    sellerEntity(id: $id) {
      id
      legalName
      uscc
      verificationStatus
      representatives {
        id
        fullName
        role
      }
      stores {
        id
        site
        shopName
        status
      }
    }
  }
`);
