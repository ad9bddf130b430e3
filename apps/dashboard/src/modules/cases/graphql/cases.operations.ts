import { graphql } from '../../../generated';

export const CASE_STORE_FIELDS = graphql(`
  fragment CaseStoreFields on Store {
    id
    site
    shopName
    lazadaSellerId
    status
    restrictedModules
    freezeUntil
  }
`);

export const CASE_LIST_FIELDS = graphql(`
  fragment CaseListFields on VerificationCase {
    id
    site
    status
    trigger
    deadlineAt
    hoursRemaining
    noticeReceivedAt
    appointment {
      id
      startsAt
      siteTimeZone
    }
    representative {
      id
      fullName
    }
    sellerEntity {
      id
      legalName
      manager {
        id
        user {
          id
          name
        }
      }
    }
  }
`);

// Everything a case mutation can change, so each mutation's answer refreshes the workspace, the
// entity's and the representative's statuses and every store of the entity in the cache.
export const CASE_DETAIL_FIELDS = graphql(`
  fragment CaseDetailFields on VerificationCase {
    ...CaseListFields
    createdAt
    passedAt
    cancelledAt
    appointment {
      id
      site
      startsAt
      siteTimeZone
      startsAtSiteLocal
      startsAtAgencyLocal
    }
    representative {
      id
      fullName
      role
      idType
      idNumberMasked
      idExpiresOn
      verificationStatus
      verifiedAt
    }
    sellerEntity {
      id
      legalName
      uscc
      verificationStatus
      stores {
        ...CaseStoreFields
      }
    }
    affectedStores {
      ...CaseStoreFields
    }
    checklist {
      key
      label
      done
    }
    callPrepLink {
      id
      createdAt
      expiresAt
      revokedAt
      lastOpenedAt
      ready
      answerNote
      answeredAt
    }
    attempts {
      id
      outcome
      occurredAt
      failureReasons
      freezeExtensionHours
      note
    }
    readiness {
      ready
      issues {
        code
        severity
        message
        params
        subjectId
      }
    }
  }
`);

export const VERIFICATION_CASES = graphql(`
  query VerificationCases($filter: VerificationCaseFilter, $first: Int, $after: String) {
    verificationCases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...CaseListFields
        }
      }
    }
  }
`);

export const VERIFICATION_CASE = graphql(`
  query VerificationCase($id: ID!) {
    verificationCase(id: $id) {
      ...CaseDetailFields
    }
  }
`);

export const OPEN_VERIFICATION_CASE = graphql(`
  mutation OpenVerificationCase($input: OpenVerificationCaseInput!) {
    openVerificationCase(input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const SCHEDULE_APPOINTMENT = graphql(`
  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const RECORD_ATTEMPT = graphql(`
  mutation RecordAttempt($input: RecordAttemptInput!) {
    recordAttempt(input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const UPDATE_CHECKLIST = graphql(`
  mutation UpdateChecklist($input: ChecklistUpdateInput!) {
    updateChecklist(input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const CANCEL_VERIFICATION_CASE = graphql(`
  mutation CancelVerificationCase($id: ID!) {
    cancelVerificationCase(id: $id) {
      ...CaseDetailFields
    }
  }
`);
