// Hostile strings in every String argument and input field of every mutation, generated from the
// schema (test/support/operations.ts): SQL fragments, control characters, bidi and zero-width marks,
// emoji and other astral characters, NUL, unpaired surrogates and 1 MB strings. Each call either
// refuses the value (BAD_USER_INPUT naming the field, nothing written) or stores it and reads it
// back exactly — trimmed of surrounding white space (String.prototype.trim), the API's one
// normalisation of free text; an identifier (USCC, seller id, ID number) as normalizeIdentifier
// makes it, the rule for identifiers as pasted. Never INTERNAL_SERVER_ERROR, never an HTTP 500.
import { normalizeIdentifier } from '@veridesk/domain';
import fc from 'fast-check';
import { getNullableType, isListType, isNonNullType, parse, visit } from 'graphql';
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { INVITE, signUpAgency } from '../../support/fixtures';
import { lanes, Lanes } from '../../support/lanes';
import { hashEachPasswordOnce } from '../../support/password-hashes';
import {
  committedSchema,
  InputPosition,
  Operation,
  rootOperations,
  sampleVariables,
  withValueAt,
} from '../../support/operations';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi, uniqueAddress, uniqueEmail } from '../../support/test-api';
import {
  AgencyFingerprint,
  changedTables,
  Fingerprints,
  openFingerprints,
} from '../../support/tenant-tables';

const MEGABYTE = 1024 * 1024;
const SQL_FRAGMENTS = [
  "'; DROP TABLE seller_entities; --",
  "' OR '1'='1",
  '1); SELECT pg_sleep(5); --',
  "Robert'); DELETE FROM agencies WHERE ('1'='1",
  '%_\\',
  '$1::text',
  "E'\\x00'",
];
/** Known-nasty values, tried first for every position. */
const NASTY = [
  SQL_FRAGMENTS[0],
  SQL_FRAGMENTS[2],
  'a\u0000b',
  'x\udfffy',
  '\u202eevil\u202c.pdf',
  '\u200b\u200f\u2066\ufeff',
  '😀👨‍👩‍👧‍👦𠜎 中文',
  '\u0007\u001b[31m\u007f',
  '  \t padded \n ',
  '<script>alert(1)</script>{{7*7}}${jndi:ldap://x}',
  '',
  'x'.repeat(MEGABYTE),
  '😀'.repeat(MEGABYTE / 4),
];
const hostile = fc.oneof(
  fc.constantFrom(...SQL_FRAGMENTS),
  // Any code point, lone surrogates included: fast-check's 'binary' unit, built by hand (building
  // 'binary' indexes all 1.1 million code points, seconds of CPU per test file).
  fc.string({
    unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    maxLength: 30,
  }),
  fc.string({
    unit: fc.constantFrom(
      ...['\u0000', '\u0007', '\u001b', '\u007f', '\u202e', '\u200f', '\u200b', '\u2066'],
      ...['\ufeff', ' ', '\t', '\n', '😀', '𠜎', 'a', '中', "'", '"', '\\', '%', ';', '\ud83d'],
    ),
    minLength: 1,
    maxLength: 20,
  }),
  fc
    .tuple(fc.constantFrom(...SQL_FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 10 }))
    .map(([fragment, tail]) => fragment + tail),
);
// Modest: the fixed values above already cover each class; these add random code points and mixes.
const RANDOM_RUNS = 4;
/** Fixed, so every run tries the same values; each position gets its own (SEED + its index). */
const SEED = 20_261_201;

/**
 * Refusals other than BAD_USER_INPUT that are the right answer: a hostile credential is a wrong
 * credential (and enough of them are throttled), a hostile invitation token finds no invitation,
 * and a seller id already stored (a value tried twice) is taken.
 */
const OTHER_REFUSALS: Record<string, string[]> = {
  'login.input.email': ['UNAUTHENTICATED', 'RATE_LIMITED'],
  'login.input.password': ['UNAUTHENTICATED', 'RATE_LIMITED'],
  'acceptInvitation.input.token': ['NOT_FOUND'],
  'tickCallPrepItem.token': ['NOT_FOUND'],
  'answerCallPrep.token': ['NOT_FOUND'],
  'addStore.input.lazadaSellerId': ['CONFLICT'],
  // A guest link: a hostile token opens nothing; a request is submitted and reviewed once.
  'submitDocumentRequest.token': ['NOT_FOUND'],
  'submitDocumentRequest.input.number': ['CONFLICT'],
  'reviewDocumentRequest.note': ['CONFLICT'],
  // Wrong codes spend the sign-in budget; turning off what is not on is a conflict.
  'confirmTwoFactor.code': ['RATE_LIMITED'],
  'disableTwoFactor.code': ['CONFLICT'],
  'login.input.otp': ['UNAUTHENTICATED', 'RATE_LIMITED'],
};

const MUTATIONS = rootOperations(committedSchema()).filter(
  (operation) => operation.kind === 'mutation',
);
const POSITIONS = MUTATIONS.flatMap((operation) =>
  operation.textPositions.map((position) => [operation.name, position.path] as const),
);
/** Positions whose every call hashes or verifies a password: argon2, seconds of CPU a position. */
const HASHING = ['signUp', 'login', 'acceptInvitation'];
/**
 * The order they run in: the slow hashing positions first, each beside one that is not, so argon2
 * (on libuv's threads) and the other calls (on the main thread) keep both cores busy.
 */
const RUN_ORDER = (() => {
  const hashing = POSITIONS.filter(([name]) => HASHING.includes(name));
  const others = POSITIONS.filter(([name]) => !HASHING.includes(name));
  return [
    ...hashing.flatMap((position, index) => [position, ...others.slice(index, index + 1)]),
    ...others.slice(hashing.length),
  ];
})();
/** The mutations' documents selecting their answer 0 to 3 levels deep. */
const BY_DEPTH = [0, 1, 2, 3].map((depth) =>
  rootOperations(committedSchema(), depth).filter((operation) => operation.kind === 'mutation'),
);
/**
 * Positions run concurrently (it.concurrent, jest's maxConcurrency: 5), each in a lane of its own —
 * an agency with its own records, judged by its own fingerprint — so no position sees another's
 * writes. One lane per concurrent test, so none waits for a lane.
 */
const LANES = 5;

type Lane = {
  records: AgencyRecords;
  /** The agency's rows as they were after the last call that stored something. */
  lastWritten: AgencyFingerprint;
};

let api: TestApi;
let pool: Lanes<Lane>;
let fingerprints: Fingerprints;

const operation = (name: string) => MUTATIONS.find((op) => op.name === name)!;
const positionOf = (op: Operation, path: string) =>
  op.textPositions.find((position) => position.path === path)!;
const isList = (position: InputPosition) =>
  isListType(getNullableType(position.type) as typeof position.type);

/** Whether a document selects a field of that name anywhere below its root field. */
function selects(document: string, key: string): boolean {
  let depth = 0;
  let found = false;
  visit(parse(document), {
    Field: {
      enter(node) {
        if (depth > 0 && node.name.value === key) found = true;
        depth++;
      },
      leave() {
        depth--;
      },
    },
  });
  return found;
}

/**
 * The shallowest document (3 levels at most) whose answer shows the position's field, so a stored
 * value is read back without the answer selecting the whole graph around it.
 */
function readBackDocument(name: string, path: string): string {
  const key = path.split('.').pop()!;
  const documents = BY_DEPTH.map(
    (operations) => operations.find((op) => op.name === name)!.document,
  );
  return documents.find((document) => selects(document, key)) ?? documents[0];
}

/** The field name a field error gives: the input field (without the argument), or the argument. */
const fieldName = (path: string) => path.split('.').slice(1).join('.') || path;

// Identifiers are normalised as people paste them (RULES.md, Import), not only trimmed.
const IDENTIFIER_FIELDS = new Set(['uscc', 'lazadaSellerId', 'idNumber']);

/**
 * What the API keeps of a free-text value: trimmed; blank optional text becomes null (lists:
 * dropped). An identifier: normalizeIdentifier's form.
 */
function kept(value: string, position: InputPosition): unknown {
  if (IDENTIFIER_FIELDS.has(position.path.split('.').pop()!)) return normalizeIdentifier(value);
  const trimmed = value.trim();
  if (isList(position)) return trimmed ? [trimmed] : [];
  return trimmed || null;
}

/** Every value under a key of that name, anywhere in a response. */
function valuesNamed(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => valuesNamed(item, key));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([name, inner]) => [
    ...(name === key ? [inner] : []),
    ...valuesNamed(inner, key),
  ]);
}

/** The sample's variables, with a fresh invitation for acceptInvitation (its token is single-use). */
async function variablesFor(
  op: Operation,
  records: AgencyRecords,
): Promise<Record<string, unknown>> {
  const variables = sampleVariables(op, records);
  if (op.name !== 'acceptInvitation') return variables;
  const invitation = ok(
    await api.gql(
      INVITE,
      { input: { email: uniqueEmail('hostile'), name: '赵敏', role: 'VIEWER' } },
      { as: records.ownerToken },
    ),
    'inviteMember',
  );
  const token = new URL(invitation.acceptUrl).searchParams.get('token');
  return withValueAt(variables, 'input.token', token);
}

/** Sends the value at the position; returns what is wrong with the answer (nothing: fine). */
async function problemsWith(
  lane: Lane,
  op: Operation,
  position: InputPosition,
  document: string,
  value: string,
) {
  const { records } = lane;
  const sample = await variablesFor(op, records);
  const variables = withValueAt(sample, position.path, isList(position) ? [value] : value);
  const fingerprint = () => fingerprints.of(records.agencyId);
  if (op.name === 'acceptInvitation') lane.lastWritten = await fingerprint();
  const result = await api.gql(document, variables, {
    as: op.sample!.access === 'public' ? undefined : records.ownerToken,
    // Public calls come from many addresses, so the per-address sign-in limit is not what answers.
    headers: { 'x-forwarded-for': uniqueAddress() },
  });
  const shown = JSON.stringify(
    value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value,
  );
  const problems: string[] = [];
  const error = result.errors?.[0];
  const code = error?.extensions?.code;
  if (result.status >= 500 || code === 'INTERNAL_SERVER_ERROR') {
    problems.push(`${shown}: ${result.status} ${code ?? ''} ${error?.message ?? ''}`);
  } else if (code === 'BAD_USER_INPUT') {
    const fields = (error!.extensions!.fieldErrors ?? []).map((fieldError) => fieldError.field);
    if (!fields.includes(fieldName(position.path)))
      problems.push(`${shown}: BAD_USER_INPUT names ${fields.join(', ') || 'no field'}`);
    const written = changedTables(lane.lastWritten, await fingerprint());
    if (written.length) problems.push(`${shown}: refused, but wrote ${written.join(', ')}`);
  } else if (code) {
    if (!OTHER_REFUSALS[`${op.name}.${position.path}`]?.includes(code))
      problems.push(`${shown}: ${code} ${error!.message}`);
    lane.lastWritten = await fingerprint();
  } else {
    lane.lastWritten = await fingerprint();
    // Stored: wherever the answer shows the field, it shows the value (as the API keeps it).
    const expected = JSON.stringify(kept(value, position));
    const shownBack = valuesNamed(result.data, position.path.split('.').pop()!);
    if (shownBack.length && !shownBack.some((back) => JSON.stringify(back) === expected))
      problems.push(`${shown}: stored, but read back as ${JSON.stringify(shownBack).slice(0, 80)}`);
  }
  return problems;
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(RECORDS_NOW);
  // The sample passwords are hashed once, not at every sign-up and acceptance; each hostile
  // password is still hashed (and every sign-in verified) by argon2 for real.
  hashEachPasswordOnce(api);
  fingerprints = await openFingerprints();
  const members = await Promise.all(
    Array.from({ length: LANES }, async (_, index) => {
      const owner = await signUpAgency(api, `敌意输入测试服务商 ${index}`);
      const records = await createAgencyRecords(api, owner, `hostile-${index}`);
      return { records, lastWritten: await fingerprints.of(records.agencyId) };
    }),
  );
  pool = lanes(members);
}, 60_000);
beforeEach(() => api.clock.set(RECORDS_NOW));
afterAll(async () => {
  jest.restoreAllMocks();
  await fingerprints?.close();
  await api?.close();
});

it('finds the String inputs of the mutations', () => {
  expect(POSITIONS.length).toBeGreaterThan(25);
  expect([...RUN_ORDER].sort()).toEqual([...POSITIONS].sort());
  expect(POSITIONS).toEqual(
    expect.arrayContaining([
      ['createSellerEntity', 'input.legalName'],
      ['createSellerEntity', 'input.businessScope'],
      ['importPortfolio', 'csv'],
    ]),
  );
});

describe('every String input of every mutation takes hostile strings without a 500', () => {
  it('reads each stored value back wherever an answer 3 levels deep would show it', () => {
    const deepest = BY_DEPTH[BY_DEPTH.length - 1];
    for (const [name, path] of POSITIONS) {
      const key = path.split('.').pop()!;
      const deep = deepest.find((op) => op.name === name)!.document;
      expect({ name, path, shows: selects(readBackDocument(name, path), key) }).toEqual({
        name,
        path,
        shows: selects(deep, key),
      });
    }
  });

  it.concurrent.each(RUN_ORDER)('%s %s', (name, path) =>
    pool.use(async (lane) => {
      const op = operation(name);
      const position = positionOf(op, path);
      const document = readBackDocument(name, path);
      const seed = SEED + POSITIONS.findIndex((other) => other[0] === name && other[1] === path);
      const problems: string[] = [];
      lane.lastWritten = await fingerprints.of(lane.records.agencyId);
      for (const value of NASTY)
        problems.push(...(await problemsWith(lane, op, position, document, value)));
      // Generated values after the fixed ones; a failure names its seed and path, to replay it.
      await fc
        .assert(
          fc.asyncProperty(hostile, async (value) => {
            const found = await problemsWith(lane, op, position, document, value);
            problems.push(...found);
            return found.length === 0;
          }),
          { numRuns: RANDOM_RUNS, seed, endOnFailure: true },
        )
        .catch((error: Error) => problems.push(error.message.split('\n').slice(0, 2).join(' ')));
      expect(problems).toEqual([]);
    }),
  );

  it('is a field error, not a 500, for NUL or a lone surrogate in a required field', () =>
    pool.use(async ({ records }) => {
      const op = operation('createSellerEntity');
      const position = positionOf(op, 'input.legalName');
      expect(isNonNullType(position.type)).toBe(true);
      for (const value of ['a\u0000b', '\ud83d']) {
        const result = await api.gql(
          op.document,
          withValueAt(sampleVariables(op, records), position.path, value),
          { as: records.ownerToken },
        );
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'legalName', code: 'INVALID_CHARACTERS' }],
        });
      }
    }));
});
