import { graphql } from '../../../generated';

export const PORTFOLIO_DOCUMENT_FIELDS = graphql(`
  fragment PortfolioDocumentFields on Document {
    id
    type
    number
    expiresOn
    daysUntilExpiry
    status
    sites
    representative {
      id
      fullName
    }
    sellerEntity {
      id
      legalName
      uscc
    }
  }
`);

export const PORTFOLIO_DOCUMENTS = graphql(`
  query PortfolioDocuments($filter: DocumentFilter, $first: Int, $after: String) {
    documents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...PortfolioDocumentFields
        }
      }
    }
  }
`);
