// The guest pages' operations, as plain strings (no GraphQL client or document map in the guest
// bundle). A unit test validates each against apps/api/schema.graphql, so they cannot drift.

const CALL_PREP_FIELDS = `
  fragment GuestCallPrepFields on CallPrep {
    agencyName
    sellerEntityName
    representativeName
    site
    status
    deadlineAt
    appointment {
      startsAt
      siteTimeZone
    }
    blockers
    warnings
    checklist {
      key
      label
      done
    }
    documents {
      type
      expiresOn
      status
    }
    managerName
    ready
  }
`;

export const CALL_PREP = `
  query GuestCallPrep($token: String!) {
    callPrep(token: $token) {
      ...GuestCallPrepFields
    }
  }
  ${CALL_PREP_FIELDS}
`;

export const TICK_CALL_PREP_ITEM = `
  mutation GuestTickCallPrepItem($token: String!, $key: String!, $done: Boolean!) {
    tickCallPrepItem(token: $token, key: $key, done: $done) {
      ...GuestCallPrepFields
    }
  }
  ${CALL_PREP_FIELDS}
`;

export const ANSWER_CALL_PREP = `
  mutation GuestAnswerCallPrep($token: String!, $ready: Boolean!, $note: String) {
    answerCallPrep(token: $token, ready: $ready, note: $note) {
      ...GuestCallPrepFields
    }
  }
  ${CALL_PREP_FIELDS}
`;

const DOCUMENT_REQUEST_FIELDS = `
  fragment GuestDocumentRequestFields on GuestDocumentRequest {
    agencyName
    sellerEntityName
    type
    message
    status
    expiresAt
    reviewNote
  }
`;

export const GUEST_DOCUMENT_REQUEST = `
  query GuestDocumentRequest($token: String!) {
    guestDocumentRequest(token: $token) {
      ...GuestDocumentRequestFields
    }
  }
  ${DOCUMENT_REQUEST_FIELDS}
`;

export const SUBMIT_DOCUMENT_REQUEST = `
  mutation GuestSubmitDocumentRequest($token: String!, $input: SubmitDocumentRequestInput!) {
    submitDocumentRequest(token: $token, input: $input) {
      ...GuestDocumentRequestFields
    }
  }
  ${DOCUMENT_REQUEST_FIELDS}
`;

export const GUEST_OPERATIONS = {
  CALL_PREP,
  TICK_CALL_PREP_ITEM,
  ANSWER_CALL_PREP,
  GUEST_DOCUMENT_REQUEST,
  SUBMIT_DOCUMENT_REQUEST,
};

export type CallPrep = {
  agencyName: string;
  sellerEntityName: string;
  representativeName: string;
  site: string;
  status: string;
  deadlineAt: string;
  appointment: { startsAt: string; siteTimeZone: string } | null;
  blockers: string[];
  warnings: string[];
  checklist: { key: string; label: string; done: boolean }[];
  documents: { type: string; expiresOn: string | null; status: string }[];
  managerName: string | null;
  ready: boolean | null;
};

export type DocumentRequestStatus =
  'OPEN' | 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED' | 'REVOKED';

export type GuestDocumentRequest = {
  agencyName: string;
  sellerEntityName: string;
  type: string;
  message: string | null;
  status: DocumentRequestStatus;
  expiresAt: string;
  reviewNote: string | null;
};

export type SubmitDocumentRequestInput = {
  fileIds: string[];
  number?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
  longTerm?: boolean | null;
};
