// One agency's full set of records — one of every kind an id can name — for the suites generated
// from the schema (tenancy attack, role matrix, hostile input). Build it with the agency's OWNER.
import { addMember, CREATE_API_KEY, INVITE, SignedUpAgency } from './fixtures';
import { makeUscc } from './identifiers';
import { caseClient } from './cases';
import { createPortfolio, ok, RECORD_DOCUMENT } from './portfolio';
import type { TestApi } from './test-api';
import { uniqueEmail } from './test-api';

/** The instant the records are made at; set the API's clock to it (the case is open, not overdue). */
export const RECORDS_NOW = '2026-12-01T02:00:00.000Z';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

export type AgencyRecords = {
  agencyId: string;
  ownerToken: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerUserId: string;
  ownerMemberId: string;
  /** A MANAGER who manages the entity. */
  colleagueUserId: string;
  colleagueMemberId: string;
  /** A VIEWER a test may demote or remove. */
  removableMemberId: string;
  /** An entity (TH + MY stores, long-term licence, an expiring document) with an open case and a booked slot. */
  entityId: string;
  uscc: string;
  legalName: string;
  representativeId: string;
  storeId: string;
  documentId: string;
  caseId: string;
  /** An entity with no case yet (PH store), for opening one. */
  spareEntityId: string;
  spareRepresentativeId: string;
  fileId: string;
  /** A portfolio CSV uploaded for import (importPortfolioFile). */
  sheetFileId: string;
  /** A pending invitation; its token is single-use. */
  invitationId: string;
  invitationToken: string;
  /** A VIEWER key a test may revoke. */
  apiKeyId: string;
  /** A WEBHOOK channel to a closed local port, and the FAILED delivery of its test message. */
  channelId: string;
  channelDeliveryId: string;
  /** The case's call-prep link (opened once, so its lastOpenedAt is set) and its token. */
  callPrepLinkId: string;
  callPrepToken: string;
  /** A document request the seller submitted (a scan and dates): a MANAGER may review it. */
  documentRequestId: string;
  documentRequestToken: string;
  /** An OPEN document request, with a scan uploaded through its link (guestFileId) not yet submitted. */
  openDocumentRequestId: string;
  openDocumentRequestToken: string;
  guestFileId: string;
  /** The colleague's browser session: someone else's, for every caller of the generated suites. */
  colleagueSessionId: string;
};

/** A local port nothing listens on: a send to it fails at once, without leaving the machine. */
export const CLOSED_CHANNEL_TARGET = 'http://127.0.0.1:9/veridesk-hook';

let usccSeed = 0;

/** Uploads a one-page PDF through POST /files as the given caller; returns the HTTP response. */
export function uploadFile(api: TestApi, token: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)]), 'scan.pdf');
  return fetch(`${api.url}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

const REQUEST_DOCUMENT = /* GraphQL */ `
  mutation R($input: RequestDocumentInput!) {
    requestDocument(input: $input) {
      id
      url
    }
  }
`;

/** Uploads a one-page PDF through a document request's link (POST /guest/<token>/files). */
export function uploadGuestFile(api: TestApi, token: string, data = PDF, name = 'scan.pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return fetch(`${api.url}/guest/${token}/files`, { method: 'POST', body: form });
}

/** A document request of the entity, a scan uploaded through its link: its id, token and the scan's id. */
async function requestWithScan(api: TestApi, ownerToken: string, sellerEntityId: string) {
  const request = ok(
    await api.gql(
      REQUEST_DOCUMENT,
      { input: { sellerEntityId, type: 'BUSINESS_LICENSE', message: '请上传新执照' } },
      { as: ownerToken },
    ),
    'requestDocument',
  );
  const token = new URL(request.url).pathname.split('/').pop()!;
  const uploaded = await uploadGuestFile(api, token);
  if (uploaded.status !== 201) throw new Error(`guest upload: ${await uploaded.text()}`);
  const file = (await uploaded.json()) as { id: string };
  return { id: request.id as string, token, fileId: file.id };
}

/**
 * Creates the records in the agency as its OWNER. `label` goes into every name, so a test can tell
 * this agency's data in any response (e.g. "B-victim").
 */
export async function createAgencyRecords(
  api: TestApi,
  owner: SignedUpAgency,
  label: string,
): Promise<AgencyRecords> {
  const as = { as: owner.token };
  // Distinct per agency of this file, so one agency's USCC finds nothing in another's search.
  const uscc = makeUscc(700_000 + usccSeed++);
  const main = await createPortfolio(api, owner.token, {
    uscc,
    sites: ['TH', 'MY'],
    licenseExpiresOn: null,
  });
  const spare = await createPortfolio(api, owner.token, {
    uscc: makeUscc(700_000 + usccSeed++),
    sites: ['PH'],
    licenseExpiresOn: null,
  });
  const legalName = `${label} 深圳市海拓电子商务有限公司`;
  const colleague = await addMember(api, owner.token, 'MANAGER');
  const removable = await addMember(api, owner.token, 'VIEWER');
  const members: Array<{ id: string; user: { id: string } }> = ok(
    await api.gql(`{ members { id user { id } } }`, {}, as),
    'members',
  );
  const memberOf = (userId: string) => members.find((member) => member.user.id === userId)!.id;
  ok(
    await api.gql(
      `mutation U($id: ID!, $input: UpdateSellerEntityInput!) { updateSellerEntity(id: $id, input: $input) { id } }`,
      {
        id: main.entityId,
        input: { legalName, englishName: `${label} Haituo`, managerId: memberOf(colleague.userId) },
      },
      as,
    ),
    'updateSellerEntity',
  );
  const uploaded = await uploadFile(api, owner.token);
  const file = (await uploaded.json()) as { id: string };
  const sheetForm = new FormData();
  sheetForm.append(
    'file',
    new Blob([
      'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories\n' +
        `${uscc},${legalName},张伟,,长期,SG,${label} SG sheet,SG-${label}-SHEET,\n`,
    ]),
    'portfolio.csv',
  );
  const sheet = (await (
    await fetch(`${api.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}` },
      body: sheetForm,
    })
  ).json()) as { id: string };
  const document = ok(
    await api.gql(
      RECORD_DOCUMENT,
      {
        input: {
          sellerEntityId: main.entityId,
          type: 'OTHER',
          number: `${label}-DOC`,
          expiresOn: '2026-12-10',
          fileId: file.id,
        },
      },
      as,
    ),
    'recordDocument',
  );
  const cases = caseClient(api, owner.token);
  const opened = await cases.open({
    sellerEntityId: main.entityId,
    representativeId: main.representativeId,
    site: 'TH',
    trigger: 'OTHER',
    noticeReceivedAt: '2026-12-01T01:00:00.000Z',
  });
  await cases.schedule(opened.id, '2026-12-02T03:00:00.000Z');
  const invitation = ok(
    await api.gql(
      INVITE,
      { input: { email: uniqueEmail('invitee'), name: label, role: 'VIEWER' } },
      as,
    ),
    'inviteMember',
  );
  const key = ok(
    await api.gql(CREATE_API_KEY, { input: { name: `${label} key`, role: 'VIEWER' } }, as),
    'createApiKey',
  );
  // Needs CHANNELS_ALLOW_PRIVATE_TARGETS (testConfig sets it): the target is a local address.
  const channel = ok(
    await api.gql(
      `mutation C($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { channel { id } } }`,
      {
        input: {
          kind: 'WEBHOOK',
          name: `${label} webhook`,
          url: CLOSED_CHANNEL_TARGET,
          events: ['CASE_OPENED'],
        },
      },
      as,
    ),
    'createNotificationChannel',
  );
  const channelDelivery = ok(
    await api.gql(
      `mutation T($id: ID!) { testNotificationChannel(id: $id) { id } }`,
      { id: channel.channel.id },
      as,
    ),
    'testNotificationChannel',
  );
  // The owner's calendar feed, created on first read: a row in calendar_feeds.
  ok(await api.gql(`{ calendarFeed { url } }`, {}, as), 'calendarFeed');
  const callPrepLink = ok(
    await api.gql(
      `mutation L($caseId: ID!) { createCallPrepLink(caseId: $caseId) { id url } }`,
      { caseId: opened.id },
      as,
    ),
    'createCallPrepLink',
  );
  const callPrepToken = new URL(callPrepLink.url).pathname.split('/').pop()!;
  ok(
    await api.gql(`query P($token: String!) { callPrep(token: $token) { status } }`, {
      token: callPrepToken,
    }),
    'callPrep',
  );
  const submitted = await requestWithScan(api, owner.token, main.entityId);
  ok(
    await api.gql(
      `mutation S($token: String!, $input: SubmitDocumentRequestInput!) { submitDocumentRequest(token: $token, input: $input) { status } }`,
      {
        token: submitted.token,
        input: { fileIds: [submitted.fileId], issuedOn: '2026-11-01', expiresOn: '2046-10-31' },
      },
    ),
    'submitDocumentRequest',
  );
  const open = await requestWithScan(api, owner.token, main.entityId);
  return {
    agencyId: owner.agencyId,
    ownerToken: owner.token,
    ownerEmail: owner.email,
    ownerPassword: owner.password,
    ownerUserId: owner.userId,
    ownerMemberId: memberOf(owner.userId),
    colleagueUserId: colleague.userId,
    colleagueMemberId: memberOf(colleague.userId),
    removableMemberId: memberOf(removable.userId),
    entityId: main.entityId,
    uscc,
    legalName,
    representativeId: main.representativeId,
    storeId: main.storeIds.TH,
    documentId: document.id,
    caseId: opened.id,
    spareEntityId: spare.entityId,
    spareRepresentativeId: spare.representativeId,
    fileId: file.id,
    sheetFileId: sheet.id,
    invitationId: invitation.id,
    invitationToken: new URL(invitation.acceptUrl).searchParams.get('token')!,
    apiKeyId: key.apiKey.id,
    channelId: channel.channel.id,
    channelDeliveryId: channelDelivery.id,
    callPrepLinkId: callPrepLink.id,
    callPrepToken,
    documentRequestId: submitted.id,
    documentRequestToken: submitted.token,
    openDocumentRequestId: open.id,
    openDocumentRequestToken: open.token,
    guestFileId: open.fileId,
    colleagueSessionId: ok<Array<{ id: string }>>(
      await api.gql(`{ signInSessions { id } }`, {}, { as: colleague.token }),
      'signInSessions',
    )[0].id,
  };
}
