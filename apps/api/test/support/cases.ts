import { ok } from './portfolio';
import type { GraphQLClient } from './test-api';

export const CASE_FIELDS = /* GraphQL */ `
  fragment CaseFields on VerificationCase {
    id
    site
    trigger
    status
    noticeReceivedAt
    deadlineAt
    hoursRemaining
    passedAt
    appointment {
      id
      startsAt
      site
      siteTimeZone
      startsAtSiteLocal
      startsAtAgencyLocal
    }
    attempts {
      outcome
      occurredAt
      failureReasons
      freezeExtensionHours
      note
    }
    checklist {
      key
      label
      done
    }
    affectedStores {
      id
      site
      status
      restrictedModules
      freezeUntil
      statusChangedAt
    }
    representative {
      id
      verificationStatus
      verifiedAt
    }
    sellerEntity {
      id
      verificationStatus
    }
  }
`;
export const VIEW_CASE = /* GraphQL */ `
  query Case($id: ID!) {
    verificationCase(id: $id) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;
export const OPEN = /* GraphQL */ `
  mutation Open($input: OpenVerificationCaseInput!) {
    openVerificationCase(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;
export const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;
export const ATTEMPT = /* GraphQL */ `
  mutation Attempt($input: RecordAttemptInput!) {
    recordAttempt(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;
export const CHECKLIST = /* GraphQL */ `
  mutation Checklist($input: ChecklistUpdateInput!) {
    updateChecklist(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;
export const CANCEL = /* GraphQL */ `
  mutation Cancel($id: ID!) {
    cancelVerificationCase(id: $id) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;
export const UPDATE_STORE_STATUS = /* GraphQL */ `
  mutation UpdateStatus($input: UpdateStoreStatusInput!) {
    updateStoreStatus(input: $input) {
      id
      status
      restrictedModules
      freezeUntil
    }
  }
`;

/** Calls to one agency's cases as one caller, failing the test on an unexpected error. */
export function caseClient(api: GraphQLClient, token: string) {
  return {
    open: async (input: Record<string, unknown>) =>
      ok(await api.gql(OPEN, { input }, { as: token }), 'openVerificationCase'),
    view: async (id: string) =>
      ok(await api.gql(VIEW_CASE, { id }, { as: token }), 'verificationCase'),
    schedule: async (caseId: string, startsAt: string) =>
      ok(
        await api.gql(SCHEDULE, { input: { caseId, startsAt } }, { as: token }),
        'scheduleAppointment',
      ),
    attempt: async (input: Record<string, unknown>) =>
      ok(await api.gql(ATTEMPT, { input }, { as: token }), 'recordAttempt'),
    cancel: async (id: string) =>
      ok(await api.gql(CANCEL, { id }, { as: token }), 'cancelVerificationCase'),
    tick: async (caseId: string, key: string, done = true) =>
      ok(
        await api.gql(CHECKLIST, { input: { caseId, key, done } }, { as: token }),
        'updateChecklist',
      ),
    setStoreStatus: async (input: Record<string, unknown>) =>
      ok(await api.gql(UPDATE_STORE_STATUS, { input }, { as: token }), 'updateStoreStatus'),
  };
}

/** Stores keyed by site. */
export function bySite(stores: any[]): Record<string, any> {
  return Object.fromEntries(stores.map((store) => [store.site, store]));
}
