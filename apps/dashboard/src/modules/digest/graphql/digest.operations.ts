import { graphql } from '../../../generated';

export const MY_DIGEST_PREVIEW = graphql(`
  query MyDigestPreview {
    digestPreview {
      subject
      html
      text
      sections {
        kind
        title
        items {
          kind
          title
          detail
          link
        }
      }
    }
  }
`);

export const SEND_TEST_DIGEST = graphql(`
  mutation SendTestDigest {
    sendTestDigest
  }
`);

export const MY_DELIVERIES = graphql(`
  query MyDeliveries($first: Int, $after: String) {
    myDeliveries(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          status
          subject
          toEmail
          createdAt
          sentAt
          attempts
          lastError
          htmlBody
        }
      }
    }
  }
`);
