// Every root operation of the running schema, with a document that selects its result and ONE table of
// valid sample arguments (and who may call it). Suites generated from the schema — the cross-agency
// attack, the role matrix, hostile-input property tests — read operations from here, so a new query or
// mutation fails them until it is added to OPERATIONS.
//
//   const operations = rootOperations(committedSchema());      // at collection time, to name tests
//   const operations = rootOperations(schemaOf(api));          // the running API's, to compare
//   const variables = sampleVariables(operation, records);     // valid arguments, the agency's own ids
//   await api.gql(operation.document, variables, { as: token });
//   operation.idPaths                                          // ['id'], ['input.sellerEntityId', …]
//   operation.textPositions                                    // every String argument and input field
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLID,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { type AgencyRecords, CLOSED_CHANNEL_TARGET } from './agency-records';
import { makeUscc } from './identifiers';
import type { TestApi } from './test-api';
import { uniqueEmail } from './test-api';

export type Role = 'OWNER' | 'ADMIN' | 'MANAGER' | 'VIEWER';
export const ROLES: Role[] = ['OWNER', 'ADMIN', 'MANAGER', 'VIEWER'];
const RANK: Record<Role, number> = { VIEWER: 0, MANAGER: 1, ADMIN: 2, OWNER: 3 };

export type OperationSample = {
  /** The least role that may call it with the sample arguments; 'public' needs no credentials. */
  access: 'public' | Role;
  /** Callers acting as a person only: an API key is FORBIDDEN (it has no profile or settings). */
  userOnly?: boolean;
  /**
   * Valid arguments naming the caller's own records. Every ID argument and ID input field the schema
   * declares must be given a value, or the generated suites fail. Non-idempotent samples
   * (archive, cancel, open, remove, revoke) work once per set of records.
   */
  variables: (records: AgencyRecords) => Record<string, unknown>;
  /**
   * What an allowed caller's sample answers when no sample can succeed in the generated suites (a
   * TOTP code only the user's app knows, another user's session, an agency not to be deleted): the
   * role check passed, the service refused. Unset: the sample succeeds.
   */
  answer?: 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND';
  /** What another agency's id in any ID position answers: NOT_FOUND unless said otherwise. */
  foreignId?: 'NOT_FOUND' | 'EMPTY' | 'UNAUTHENTICATED';
};

let unique = 0;
const next = () => `${Date.now().toString(36)}${unique++}`;

const IMPORT_HEADER =
  'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';

/**
 * THE table: every Query and Mutation field of the schema. Ordered so that running the mutations in
 * this order on one set of records succeeds (destructive ones last).
 */
export const OPERATIONS: Record<string, OperationSample> = {
  // Queries
  me: { access: 'VIEWER', variables: () => ({}) },
  members: { access: 'VIEWER', variables: () => ({}) },
  invitations: { access: 'ADMIN', variables: () => ({}) },
  apiKeys: { access: 'ADMIN', variables: () => ({}) },
  notificationChannels: { access: 'VIEWER', variables: () => ({}) },
  sellerEntities: {
    access: 'VIEWER',
    foreignId: 'EMPTY',
    variables: (r) => ({
      first: 100,
      filter: { managerId: r.colleagueMemberId, includeArchived: true },
    }),
  },
  sellerEntity: { access: 'VIEWER', variables: (r) => ({ id: r.entityId }) },
  documents: {
    access: 'VIEWER',
    foreignId: 'EMPTY',
    variables: (r) => ({ first: 100, filter: { sellerEntityId: r.entityId } }),
  },
  verificationCases: {
    access: 'VIEWER',
    foreignId: 'EMPTY',
    variables: (r) => ({
      first: 100,
      filter: { sellerEntityId: r.entityId, managerId: r.colleagueMemberId },
    }),
  },
  verificationCase: { access: 'VIEWER', variables: (r) => ({ id: r.caseId }) },
  affectedStores: {
    access: 'VIEWER',
    foreignId: 'EMPTY',
    variables: (r) => ({ first: 100, filter: { sellerEntityId: r.entityId, withinDays: 60 } }),
  },
  portfolioSummary: { access: 'VIEWER', variables: () => ({ withinDays: 60 }) },
  documentExpiryWeeks: { access: 'VIEWER', variables: () => ({ weeks: 8 }) },
  auditLog: {
    access: 'VIEWER',
    foreignId: 'EMPTY',
    variables: (r) => ({ first: 100, subjectId: r.entityId }),
  },
  // Another member's digest: OWNER and ADMIN only (one's own is open to every role).
  digestPreview: { access: 'ADMIN', variables: (r) => ({ userId: r.colleagueUserId }) },
  myDeliveries: { access: 'VIEWER', variables: () => ({ first: 100 }) },
  notificationPreferences: { access: 'VIEWER', userOnly: true, variables: () => ({}) },
  reminderLadders: { access: 'VIEWER', variables: () => ({}) },
  signInSessions: { access: 'VIEWER', variables: () => ({}) },
  dataExports: { access: 'ADMIN', variables: () => ({}) },
  // One's own calendar URL (created on first read); an API key has none.
  calendarFeed: { access: 'VIEWER', userOnly: true, variables: () => ({}) },
  // A guest's page: the token is the credential (the sample link was opened once, at RECORDS_NOW).
  callPrep: { access: 'public', variables: (r) => ({ token: r.callPrepToken }) },
  documentRequests: {
    access: 'VIEWER',
    foreignId: 'EMPTY',
    variables: (r) => ({ first: 100, sellerEntityId: r.entityId }),
  },
  // A document request's link: the token is the key (another agency's tokens: its own suite).
  guestDocumentRequest: { access: 'public', variables: (r) => ({ token: r.documentRequestToken }) },

  // Mutations: signing in and up
  signUp: {
    access: 'public',
    variables: () => ({
      input: {
        agencyName: '新服务商',
        name: '李娜',
        email: uniqueEmail('signup'),
        password: 'correct horse battery',
      },
    }),
  },
  login: {
    access: 'public',
    // Naming an agency one does not belong to is a wrong credential, not a lookup.
    foreignId: 'UNAUTHENTICATED',
    variables: (r) => ({
      input: { email: r.ownerEmail, password: r.ownerPassword, agencyId: r.agencyId },
    }),
  },
  acceptInvitation: {
    access: 'public',
    variables: (r) => ({
      input: { token: r.invitationToken, name: '王芳', password: 'another good password' },
    }),
  },
  refreshSession: { access: 'public', variables: () => ({}) },
  signOut: { access: 'public', variables: () => ({}) },
  // A guest through the call-prep link (before createCallPrepLink below replaces it).
  tickCallPrepItem: {
    access: 'public',
    variables: (r) => ({ token: r.callPrepToken, key: 'no-vpn-proxy', done: true }),
  },
  answerCallPrep: {
    access: 'public',
    variables: (r) => ({ token: r.callPrepToken, ready: true, note: '已准备好' }),
  },
  submitDocumentRequest: {
    access: 'public',
    variables: (r) => ({
      token: r.openDocumentRequestToken,
      input: {
        fileIds: [r.guestFileId],
        number: '91440300MA5F000000',
        issuedOn: '2026-11-01',
        expiresOn: '2046-10-31',
      },
    }),
  },

  // Mutations: one's own settings
  updateProfile: {
    access: 'VIEWER',
    userOnly: true,
    variables: () => ({ input: { locale: 'zh-CN' } }),
  },
  updateNotificationPreferences: {
    access: 'VIEWER',
    userOnly: true,
    variables: () => ({ input: { digestFrequency: 'DAILY' } }),
  },
  sendTestDigest: { access: 'VIEWER', variables: () => ({}) },
  rotateCalendarFeed: { access: 'VIEWER', userOnly: true, variables: () => ({}) },
  startTwoFactorSetup: { access: 'VIEWER', userOnly: true, variables: () => ({}) },
  // No sample knows the app's code: the role check passes, the code is refused.
  confirmTwoFactor: {
    access: 'VIEWER',
    userOnly: true,
    answer: 'BAD_USER_INPUT',
    variables: () => ({ code: '000000' }),
  },
  disableTwoFactor: {
    access: 'VIEWER',
    userOnly: true,
    answer: 'CONFLICT',
    variables: () => ({ code: '000000' }),
  },
  // Another member's session: NOT_FOUND once the role check passes (sign-in-sessions covers one's own).
  revokeSignInSession: {
    access: 'VIEWER',
    answer: 'NOT_FOUND',
    variables: (r) => ({ id: r.colleagueSessionId }),
  },

  // Mutations: the portfolio
  createSellerEntity: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        legalName: '新主体有限公司',
        uscc: makeUscc(800_000 + (unique++ % 100_000)),
        registeredRepresentativeName: '张伟',
        managerId: r.colleagueMemberId,
      },
    }),
  },
  updateSellerEntity: {
    access: 'MANAGER',
    variables: (r) => ({
      id: r.entityId,
      input: { violationsLast90Days: 0, managerId: r.colleagueMemberId },
    }),
  },
  addRepresentative: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        sellerEntityId: r.entityId,
        fullName: '王芳',
        role: 'AUTHORIZED_SIGNATORY',
        idType: 'PASSPORT',
        idNumber: `E${String(1_000_000 + (unique++ % 9_000_000))}`,
      },
    }),
  },
  revealIdNumber: { access: 'ADMIN', variables: (r) => ({ representativeId: r.representativeId }) },
  addStore: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        sellerEntityId: r.entityId,
        site: 'VN',
        shopName: 'New shop',
        lazadaSellerId: `VN-${next()}`,
      },
    }),
  },
  updateStoreStatus: {
    access: 'MANAGER',
    variables: (r) => ({ input: { storeId: r.storeId, status: 'RESTRICTED' } }),
  },
  recordDocument: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        sellerEntityId: r.entityId,
        representativeId: r.representativeId,
        fileId: r.fileId,
        type: 'AUTHORIZATION_LETTER',
        expiresOn: '2027-06-30',
      },
    }),
  },
  updateDocument: {
    access: 'MANAGER',
    variables: (r) => ({ id: r.documentId, input: { number: 'N-2', fileId: r.fileId } }),
  },
  importPortfolio: {
    access: 'MANAGER',
    variables: (r) => ({
      dryRun: true,
      csv: `${IMPORT_HEADER}\n${r.uscc},深圳市海拓电子商务有限公司,张伟,home-appliances,2027-06-30,SG,Haituo SG,SG-${next()},home-appliances\n`,
    }),
  },
  importPortfolioFile: {
    access: 'MANAGER',
    variables: (r) => ({ fileId: r.sheetFileId, dryRun: true }),
  },
  scheduleAppointment: {
    access: 'MANAGER',
    variables: (r) => ({ input: { caseId: r.caseId, startsAt: '2026-12-02T03:00:00.000Z' } }),
  },
  updateChecklist: {
    access: 'MANAGER',
    variables: (r) => ({ input: { caseId: r.caseId, key: 'no-vpn-proxy', done: true } }),
  },
  recordAttempt: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        caseId: r.caseId,
        outcome: 'FAILED',
        occurredAt: '2026-12-01T01:45:00.000Z',
        failureReasons: ['OTHER'],
        freezeExtensionHours: 24,
      },
    }),
  },
  requestDocument: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        sellerEntityId: r.entityId,
        representativeId: r.representativeId,
        type: 'BUSINESS_LICENSE',
        message: '执照即将到期，请上传新执照',
        expiresInDays: 14,
      },
    }),
  },
  reviewDocumentRequest: {
    access: 'MANAGER',
    variables: (r) => ({ id: r.documentRequestId, accept: false, note: '照片不清晰，请重拍' }),
  },
  openVerificationCase: {
    access: 'MANAGER',
    variables: (r) => ({
      input: {
        sellerEntityId: r.spareEntityId,
        representativeId: r.spareRepresentativeId,
        site: 'PH',
        trigger: 'OTHER',
        noticeReceivedAt: '2026-12-01T01:30:00.000Z',
      },
    }),
  },

  // Mutations: the agency, its members and keys
  updateAgency: { access: 'ADMIN', variables: () => ({ input: { expiryWarningDays: 30 } }) },
  updateReminderLadder: {
    access: 'ADMIN',
    variables: () => ({ input: { documentType: 'ISO_CERTIFICATE', days: [30, 7] } }),
  },
  // The queue board is the operator agency's only (QUEUE_BOARD_AGENCY_ID).
  queueBoardUrl: { access: 'ADMIN', variables: () => ({}) },
  requestDataExport: { access: 'ADMIN', variables: () => ({}) },
  inviteMember: {
    access: 'ADMIN',
    variables: () => ({ input: { email: uniqueEmail('invited'), name: '赵敏', role: 'VIEWER' } }),
  },
  createApiKey: {
    access: 'ADMIN',
    variables: () => ({ input: { name: 'integration', role: 'VIEWER' } }),
  },
  // Channels: a MANAGER manages only channels scoped to themselves; these name another member.
  createNotificationChannel: {
    access: 'ADMIN',
    variables: (r) => ({
      input: {
        kind: 'WEBHOOK',
        name: 'Integration',
        url: CLOSED_CHANNEL_TARGET,
        events: ['CASE_OPENED', 'CASE_OVERDUE'],
        locale: 'en',
        managerId: r.colleagueMemberId,
      },
    }),
  },
  updateNotificationChannel: {
    access: 'ADMIN',
    variables: (r) => ({
      id: r.channelId,
      input: { name: 'Renamed', events: ['CASE_OVERDUE'], managerId: r.colleagueMemberId },
    }),
  },
  // Revokes the case's live link (the sample's): after the guest calls above.
  createCallPrepLink: { access: 'MANAGER', variables: (r) => ({ caseId: r.caseId }) },
  testNotificationChannel: { access: 'ADMIN', variables: (r) => ({ id: r.channelId }) },
  redeliverChannelDelivery: { access: 'ADMIN', variables: (r) => ({ id: r.channelDeliveryId }) },
  updateMemberRole: {
    access: 'ADMIN',
    variables: (r) => ({ input: { memberId: r.removableMemberId, role: 'VIEWER' } }),
  },

  // Mutations that end a record: last, once per set of records
  revokeCallPrepLink: { access: 'MANAGER', variables: (r) => ({ id: r.callPrepLinkId }) },
  cancelVerificationCase: { access: 'MANAGER', variables: (r) => ({ id: r.caseId }) },
  revokeDocumentRequest: { access: 'MANAGER', variables: (r) => ({ id: r.openDocumentRequestId }) },
  archiveSellerEntity: { access: 'MANAGER', variables: (r) => ({ id: r.entityId }) },
  revokeInvitation: { access: 'ADMIN', variables: (r) => ({ id: r.invitationId }) },
  revokeApiKey: { access: 'ADMIN', variables: (r) => ({ id: r.apiKeyId }) },
  removeMember: { access: 'ADMIN', variables: (r) => ({ id: r.removableMemberId }) },
  deleteNotificationChannel: { access: 'ADMIN', variables: (r) => ({ id: r.channelId }) },
  // Never the agency's name here: the suites go on using the agency (agency-deletion covers it).
  deleteAgency: {
    access: 'OWNER',
    userOnly: true,
    answer: 'BAD_USER_INPUT',
    variables: () => ({ confirmName: 'not the agency' }),
  },
};

export type Operation = {
  kind: 'query' | 'mutation';
  name: string;
  /** A document calling the field with every argument as a variable, selecting its result. */
  document: string;
  /** Dotted paths of every ID argument and ID input field, e.g. "input.sellerEntityId". */
  idPaths: string[];
  /** Every String argument and input field (lists of strings included), with its declared type. */
  textPositions: InputPosition[];
  /** The table's entry; undefined when the schema has an operation the table does not know. */
  sample: OperationSample | undefined;
};

/**
 * The committed SDL (apps/api/schema.graphql), readable before any API boots, so jest can name one
 * test per operation. The platform spec fails when it is stale; compare with schemaOf(api) to be sure.
 */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
}

/** The running API's schema (not the committed SDL, so a resolver not yet printed is included). */
export function schemaOf(api: TestApi): GraphQLSchema {
  return api.app.get(GraphQLSchemaHost).schema;
}

/** Every Query and Mutation field, in the table's order first, then any the table lacks. */
export function rootOperations(schema: GraphQLSchema, depth = 3): Operation[] {
  const operations: Operation[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      operations.push({
        kind,
        name: field.name,
        document: operationDocument(kind, field, depth),
        idPaths: field.args.flatMap((arg) =>
          positionsOf(arg.type, arg.name, GraphQLID).map((position) => position.path),
        ),
        textPositions: field.args.flatMap((arg) => positionsOf(arg.type, arg.name, GraphQLString)),
        sample: OPERATIONS[field.name],
      });
    }
  }
  const order = Object.keys(OPERATIONS);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return operations.sort((a, b) => rank(a.name) - rank(b.name));
}

/** Schema operations missing from OPERATIONS, and table rows the schema no longer has. */
export function tableMismatches(operations: Operation[]): string[] {
  const missing = operations
    .filter((operation) => !operation.sample)
    .map(
      (operation) =>
        `${operation.kind} ${operation.name} is not in OPERATIONS (test/support/operations.ts): ` +
        `add its least role and valid sample arguments${operation.idPaths.length ? `, giving its ids (${operation.idPaths.join(', ')}) the agency's records` : ''}`,
    );
  const names = new Set(operations.map((operation) => operation.name));
  const stale = Object.keys(OPERATIONS)
    .filter((name) => !names.has(name))
    .map((name) => `OPERATIONS.${name} is not in the schema any more: remove it`);
  return [...missing, ...stale];
}

/** The table's valid arguments for the operation, naming the given agency's records. */
export function sampleVariables(
  operation: Operation,
  records: AgencyRecords,
): Record<string, unknown> {
  if (!operation.sample) throw new Error(tableMismatches([operation])[0]);
  return operation.sample.variables(records);
}

/** Whether a role may call the operation, by the table. */
export function roleMayCall(sample: OperationSample, role: Role): boolean {
  return sample.access === 'public' || RANK[role] >= RANK[sample.access];
}

/** The value at a dotted path of a variables object. */
export function valueAt(variables: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      variables,
    );
}

/** A copy of the variables with the value at a dotted path replaced. */
export function withValueAt(
  variables: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  let target = copy as Record<string, any>;
  for (const key of keys.slice(0, -1)) target = target[key] ??= {};
  target[keys[keys.length - 1]] = value;
  return copy;
}

export type InputPosition = { path: string; type: GraphQLInputType };

/** Positions of one scalar under an argument or input field (recursing into input objects). */
function positionsOf(
  type: GraphQLInputType,
  path: string,
  scalar: GraphQLScalarType,
  seen = new Set<string>(),
): InputPosition[] {
  const named = getNamedType(type);
  if (named === scalar) return [{ path, type }];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inside = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((field) =>
    positionsOf(field.type, `${path}.${field.name}`, scalar, inside),
  );
}

function operationDocument(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  depth: number,
): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const name = field.name[0].toUpperCase() + field.name.slice(1);
  return `${kind} ${name}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selectionSet(field.type, depth)} }`;
}

/**
 * Every field without required arguments: leaves, objects to `depth` levels, and below that only
 * the ids of nested objects.
 */
export function selectionSet(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return ' { __typename }';
  const fields = Object.values(named.getFields()).filter(
    (field) => !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const selected = fields.flatMap((field) => {
    const fieldType = getNamedType(field.type);
    if (isLeafType(fieldType)) return [field.name];
    if (depth > 0) return [`${field.name}${selectionSet(field.type, depth - 1)}`];
    return isObjectType(fieldType) && fieldType.getFields().id ? [`${field.name} { id }`] : [];
  });
  return ` { ${selected.length ? selected.join(' ') : '__typename'} }`;
}
