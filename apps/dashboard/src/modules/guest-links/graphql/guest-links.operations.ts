import { graphql } from '../../../generated';

export const CALL_PREP_LINK_FIELDS = graphql(`
  fragment CallPrepLinkFields on CallPrepLink {
    id
    url
    createdAt
    expiresAt
    revokedAt
    lastOpenedAt
    ready
    answerNote
    answeredAt
  }
`);

// The answer updates the case's own link (VerificationCase.callPrepLink) in the cache.
export const CREATE_CALL_PREP_LINK = graphql(`
  mutation CreateCallPrepLink($caseId: ID!) {
    createCallPrepLink(caseId: $caseId) {
      ...CallPrepLinkFields
    }
  }
`);

export const REVOKE_CALL_PREP_LINK = graphql(`
  mutation RevokeCallPrepLink($id: ID!) {
    revokeCallPrepLink(id: $id) {
      ...CallPrepLinkFields
    }
  }
`);

export const DOCUMENT_REQUEST_FIELDS = graphql(`
  fragment DocumentRequestFields on DocumentRequest {
    id
    type
    message
    status
    url
    expiresAt
    createdAt
    submittedAt
    submittedNumber
    submittedIssuedOn
    submittedExpiresOn
    submittedLongTerm
    submittedFiles {
      id
      filename
      contentType
      sizeBytes
      url
    }
    reviewNote
    sellerEntity {
      id
      legalName
    }
    representative {
      id
      fullName
    }
    document {
      id
    }
  }
`);

export const REQUEST_DOCUMENT = graphql(`
  mutation RequestDocument($input: RequestDocumentInput!) {
    requestDocument(input: $input) {
      ...DocumentRequestFields
    }
  }
`);

export const REVIEW_DOCUMENT_REQUEST = graphql(`
  mutation ReviewDocumentRequest($id: ID!, $accept: Boolean!, $note: String) {
    reviewDocumentRequest(id: $id, accept: $accept, note: $note) {
      ...DocumentRequestFields
    }
  }
`);

export const DOCUMENT_REQUESTS = graphql(`
  query DocumentRequests($status: DocumentRequestStatus, $first: Int, $after: String) {
    documentRequests(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...DocumentRequestFields
        }
      }
    }
  }
`);

// Only the count, for the badge on the documents page's review tab.
export const DOCUMENT_REQUESTS_AWAITING_REVIEW = graphql(`
  query DocumentRequestsAwaitingReview {
    documentRequests(status: SUBMITTED, first: 1) {
      totalCount
    }
  }
`);
