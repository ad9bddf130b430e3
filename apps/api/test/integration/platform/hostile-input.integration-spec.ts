// Hostile strings in every String argument and input field of every mutation, generated from the
// schema (test/support/operations.ts): SQL fragments, control characters, bidi and zero-width marks,
// emoji and other astral characters, NUL, unpaired surrogates and 1 MB strings. Each call either
// refuses the value (BAD_USER_INPUT naming the field, nothing written) or stores it and reads it
// back exactly — trimmed of surrounding white space (String.prototype.trim), the API's one
// normalisation of free text. Never INTERNAL_SERVER_ERROR, never an HTTP 500.
import fc from 'fast-check';
import { getNullableType, isListType, isNonNullType } from 'graphql';
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { INVITE, signUpAgency } from '../../support/fixtures';
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
import { agencyFingerprint } from '../../support/tenant-tables';

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
  // Any code point, lone surrogates included.
  fc.string({ unit: 'binary', maxLength: 30 }),
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
const RANDOM_RUNS = 6;

/**
 * Refusals other than BAD_USER_INPUT that are the right answer: a hostile credential is a wrong
 * credential (and enough of them are throttled), a hostile invitation token finds no invitation,
 * and a seller id already stored (a value tried twice) is taken.
 */
const OTHER_REFUSALS: Record<string, string[]> = {
  'login.input.email': ['UNAUTHENTICATED', 'RATE_LIMITED'],
  'login.input.password': ['UNAUTHENTICATED', 'RATE_LIMITED'],
  'acceptInvitation.input.token': ['NOT_FOUND'],
  'addStore.input.lazadaSellerId': ['CONFLICT'],
};

const MUTATIONS = rootOperations(committedSchema()).filter(
  (operation) => operation.kind === 'mutation',
);
const POSITIONS = MUTATIONS.flatMap((operation) =>
  operation.textPositions.map((position) => [operation.name, position.path] as const),
);

let api: TestApi;
let records: AgencyRecords;

const operation = (name: string) => MUTATIONS.find((op) => op.name === name)!;
const positionOf = (op: Operation, path: string) =>
  op.textPositions.find((position) => position.path === path)!;
const isList = (position: InputPosition) =>
  isListType(getNullableType(position.type) as typeof position.type);

/** The field name a field error gives: the input field (without the argument), or the argument. */
const fieldName = (path: string) => path.split('.').slice(1).join('.') || path;

/** What the API keeps of a free-text value: trimmed; blank optional text becomes null (lists: dropped). */
function kept(value: string, position: InputPosition): unknown {
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
async function variablesFor(op: Operation): Promise<Record<string, unknown>> {
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

/** The agency's rows as they were after the last call that stored something. */
let lastWritten: string;
const fingerprint = async () => JSON.stringify(await agencyFingerprint(records.agencyId));

/** Sends the value at the position; returns what is wrong with the answer (nothing: fine). */
async function problemsWith(op: Operation, position: InputPosition, value: string) {
  const sample = await variablesFor(op);
  const variables = withValueAt(sample, position.path, isList(position) ? [value] : value);
  if (op.name === 'acceptInvitation') lastWritten = await fingerprint();
  const result = await api.gql(op.document, variables, {
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
    if ((await fingerprint()) !== lastWritten)
      problems.push(`${shown}: refused, but something was written`);
  } else if (code) {
    if (!OTHER_REFUSALS[`${op.name}.${position.path}`]?.includes(code))
      problems.push(`${shown}: ${code} ${error!.message}`);
    lastWritten = await fingerprint();
  } else {
    lastWritten = await fingerprint();
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
  const owner = await signUpAgency(api, '敌意输入测试服务商');
  records = await createAgencyRecords(api, owner, 'hostile');
}, 60_000);
beforeEach(() => api.clock.set(RECORDS_NOW));
afterAll(() => api?.close());

it('finds the String inputs of the mutations', () => {
  expect(POSITIONS.length).toBeGreaterThan(25);
  expect(POSITIONS).toEqual(
    expect.arrayContaining([
      ['createSellerEntity', 'input.legalName'],
      ['createSellerEntity', 'input.businessScope'],
      ['importPortfolio', 'csv'],
    ]),
  );
});

describe('every String input of every mutation takes hostile strings without a 500', () => {
  it.each(POSITIONS)(
    '%s %s',
    async (name, path) => {
      const op = operation(name);
      const position = positionOf(op, path);
      const problems: string[] = [];
      lastWritten = await fingerprint();
      for (const value of NASTY) problems.push(...(await problemsWith(op, position, value)));
      // Generated values after the fixed ones; a failure names its seed, to replay it.
      await fc
        .assert(
          fc.asyncProperty(hostile, async (value) => {
            const found = await problemsWith(op, position, value);
            problems.push(...found);
            return found.length === 0;
          }),
          { numRuns: RANDOM_RUNS, endOnFailure: true },
        )
        .catch((error: Error) => problems.push(error.message.split('\n').slice(0, 2).join(' ')));
      expect(problems).toEqual([]);
    },
    120_000,
  );

  it('is a field error, not a 500, for NUL or a lone surrogate in a required field', async () => {
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
  });
});
