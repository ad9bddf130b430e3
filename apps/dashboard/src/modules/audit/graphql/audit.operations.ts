import { graphql } from '../../../generated';

export const ENTITY_AUDIT_LOG = graphql(`
  query EntityAuditLog($subjectId: ID!, $after: String) {
    auditLog(subjectId: $subjectId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor
          action
          subjectType
          subjectId
          changes
        }
      }
    }
  }
`);
