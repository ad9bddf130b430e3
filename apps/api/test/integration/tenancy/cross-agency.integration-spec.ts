// The cross-agency attack, generated from the schema: agency A calls every operation that takes an id
// with agency B's ids (one ID position at a time, the others A's own), as A's OWNER and through A's API
// keys of every role. Each answers NOT_FOUND (or an empty list for a filter), shows nothing of B and
// writes nothing anywhere. Every read A can make is the same before and after B exists.
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { CREATE_API_KEY, signUpAgency } from '../../support/fixtures';
import {
  committedSchema,
  Operation,
  Role,
  ROLES,
  roleMayCall,
  rootOperations,
  sampleVariables,
  schemaOf,
  tableMismatches,
  valueAt,
  withValueAt,
} from '../../support/operations';
import { mapConcurrently } from '../../support/lanes';
import { ok } from '../../support/portfolio';
import { GraphQLResponse, startTestApi, TestApi } from '../../support/test-api';
import { Fingerprints, openFingerprints } from '../../support/tenant-tables';

type Caller = { name: string; role: Role; apiKey: boolean; token: string | undefined };

const OPERATIONS_IN_SCHEMA = rootOperations(committedSchema());
const ID_TAKING = OPERATIONS_IN_SCHEMA.flatMap((operation) =>
  operation.idPaths.map((path) => [operation.name, path] as const),
);
const QUERIES = OPERATIONS_IN_SCHEMA.filter((operation) => operation.kind === 'query');
/** Calls in flight at once: independent calls overlap their database round trips. */
const CONCURRENT_CALLS = 4;

let api: TestApi;
let fingerprints: Fingerprints;
let a: AgencyRecords;
let b: AgencyRecords;
let callers: Caller[];
/** Strings only B's data contains: its ids, USCC, owner's email and label. */
let victimMarkers: string[];
/** What each caller read of A before B existed, by "operation|variant|caller". */
const readsBefore = new Map<string, string>();

const operation = (name: string) => OPERATIONS_IN_SCHEMA.find((op) => op.name === name)!;

/** The callers whose role (and kind) may call the operation: the attack must pass the role check. */
function attackers(op: Operation): Caller[] {
  const sample = op.sample!;
  if (sample.access === 'public')
    return [{ name: 'anonymous', role: 'VIEWER', apiKey: false, token: undefined }];
  return callers.filter(
    (caller) => roleMayCall(sample, caller.role) && !(sample.userOnly && caller.apiKey),
  );
}

/** A's records with the value at `path` found among them, so it can be swapped for B's of the same kind. */
function victimValue(records: AgencyRecords, victim: AgencyRecords, value: unknown): unknown {
  // A list of ids (submitDocumentRequest's fileIds): each swapped for B's of the same kind.
  if (Array.isArray(value)) return value.map((item) => victimValue(records, victim, item));
  const key = (Object.keys(records) as Array<keyof AgencyRecords>).find(
    (candidate) => records[candidate] === value,
  );
  if (!key)
    throw new Error(`the sample gives ${JSON.stringify(value)}, not one of the agency's records`);
  return victim[key];
}

/** Stable JSON of a response: what merely records use (lastUsedAt) left out. */
function stable(result: GraphQLResponse): string {
  return JSON.stringify({ data: result.data, errors: result.errors }, (key, value) =>
    key === 'lastUsedAt' ? undefined : value,
  );
}

function leakedMarkers(result: GraphQLResponse): string[] {
  const text = JSON.stringify(result);
  return victimMarkers.filter((marker) => text.includes(marker));
}

/** Every totalCount and list in the answer: all must be empty when filtered by a foreign id. */
function nonEmptyLists(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length ? [path] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'totalCount' && inner !== 0
      ? [`${path}.totalCount`]
      : nonEmptyLists(inner, `${path}.${key}`),
  );
}

/** What every caller reads of A through one query: with the sample, and unfiltered. */
async function reads(op: Operation): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  const sample = sampleVariables(op, a);
  // Unfiltered: every optional id left out, so the whole agency is listed.
  const unfiltered = op.idPaths
    .filter((path) => !op.document.includes(`$${path}: ID!`))
    .reduce((variables, path) => withValueAt(variables, path, undefined), sample);
  const calls = attackers(op).flatMap((caller) =>
    Object.entries({ sample, unfiltered }).map(([variant, variables]) => ({
      key: `${op.name}|${variant}|${caller.name}`,
      caller,
      variables,
    })),
  );
  // Reads change nothing (lastUsedAt aside), so the callers read side by side.
  const results = await mapConcurrently(calls, CONCURRENT_CALLS, ({ caller, variables }) =>
    api.gql(op.document, variables, { as: caller.token }),
  );
  for (const [index, { key }] of calls.entries()) answers.set(key, stable(results[index]));
  return answers;
}

beforeAll(async () => {
  api = await startTestApi();
  api.clock.set(RECORDS_NOW);
  fingerprints = await openFingerprints();
  const agencyA = await signUpAgency(api, 'A 攻击方服务商');
  a = await createAgencyRecords(api, agencyA, 'A-attacker');
  callers = [{ name: 'OWNER token', role: 'OWNER', apiKey: false, token: agencyA.token }];
  for (const role of ROLES) {
    const created = ok(
      await api.gql(
        CREATE_API_KEY,
        { input: { name: `${role} key`, role } },
        { as: agencyA.token },
      ),
      'createApiKey',
    );
    callers.push({ name: `${role} key`, role, apiKey: true, token: created.secret });
  }
  for (const op of QUERIES) for (const [key, value] of await reads(op)) readsBefore.set(key, value);

  const agencyB = await signUpAgency(api, 'B 受害方服务商');
  b = await createAgencyRecords(api, agencyB, 'B-victim');
  victimMarkers = [
    'B-victim',
    b.uscc,
    b.ownerEmail,
    ...Object.values(b).filter((value) => /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value)),
  ];
}, 120_000);
beforeEach(() => api.clock.set(RECORDS_NOW));
afterAll(async () => {
  await fingerprints?.close();
  await api?.close();
});

describe('the attack covers the whole schema', () => {
  it('has every operation of the running API in the table, and the committed schema is current', () => {
    const running = rootOperations(schemaOf(api));
    expect(tableMismatches(running)).toEqual([]);
    const shape = (ops: Operation[]) =>
      ops.map((op) => `${op.kind} ${op.name}(${op.idPaths.join(', ')})`);
    expect(shape(running).sort()).toEqual(shape(OPERATIONS_IN_SCHEMA).sort());
  });

  it('gives every ID position a record of the agency in its sample', () => {
    const problems = ID_TAKING.flatMap(([name, path]) => {
      const value = valueAt(sampleVariables(operation(name), a), path);
      if (value === undefined || value === null)
        return [
          `${name} takes an id at ${path}: give it one of the agency's records in OPERATIONS`,
        ];
      try {
        victimValue(a, b, value);
        return [];
      } catch (error) {
        return [`${name}.${path}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });
});

describe("another agency's ids behave as if they did not exist", () => {
  it.each(ID_TAKING)(
    "%s with B's %s: NOT_FOUND (or an empty list), nothing of B shown, nothing written",
    async (name, path) => {
      const op = operation(name);
      const expected = op.sample?.foreignId ?? 'NOT_FOUND';
      const both = () => Promise.all([fingerprints.of(a.agencyId), fingerprints.of(b.agencyId)]);
      const before = await both();
      const problems: string[] = [];
      // Every attacker at once: each call is refused, and the fingerprints after all of them prove
      // none wrote anything.
      const attacking = attackers(op);
      const results = await mapConcurrently(attacking, CONCURRENT_CALLS, (caller) => {
        const own = sampleVariables(op, a);
        const variables = withValueAt(own, path, victimValue(a, b, valueAt(own, path)));
        return api.gql(op.document, variables, { as: caller.token });
      });
      for (const [index, caller] of attacking.entries()) {
        const result = results[index];
        const code = result.errors?.[0]?.extensions?.code;
        const leaked = leakedMarkers(result);
        if (leaked.length) problems.push(`${caller.name}: shows B's ${leaked.join(', ')}`);
        if (expected === 'EMPTY') {
          if (code) problems.push(`${caller.name}: ${code} instead of an empty list`);
          const filled = nonEmptyLists(result.data);
          if (filled.length) problems.push(`${caller.name}: not empty at ${filled.join(', ')}`);
        } else {
          if (code !== expected)
            problems.push(`${caller.name}: ${code ?? 'no error'} instead of ${expected}`);
          if (result.data?.[name] != null) problems.push(`${caller.name}: returned data`);
        }
      }
      expect(problems).toEqual([]);
      expect(await both()).toEqual(before);
    },
  );
});

describe("no list, count, search, digest or audit log includes another agency's records", () => {
  it.each(QUERIES.map((op) => op.name))(
    '%s reads exactly what it read before B existed, as every caller',
    async (name) => {
      const op = operation(name);
      expect(attackers(op).length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const [key, value] of await reads(op)) {
        const result = JSON.parse(value) as GraphQLResponse;
        if (result.errors) problems.push(`${key}: ${result.errors[0].extensions?.code}`);
        const leaked = leakedMarkers(result);
        if (leaked.length) problems.push(`${key}: shows B's ${leaked.join(', ')}`);
        if (value !== readsBefore.get(key)) problems.push(`${key}: changed once B existed`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(['uscc', 'legalName'] as const)(
    "finds none of B's entities searching B's %s",
    async (field) => {
      const search = `query S($search: String) { sellerEntities(filter: { search: $search, includeArchived: true }) { totalCount edges { node { id } } } }`;
      for (const caller of callers) {
        const found = ok(
          await api.gql(search, { search: b[field] }, { as: caller.token }),
          'sellerEntities',
        );
        expect({ caller: caller.name, found }).toEqual({
          caller: caller.name,
          found: { totalCount: 0, edges: [] },
        });
      }
      // The same search in B finds its entity.
      const own = ok(
        await api.gql(search, { search: b[field] }, { as: b.ownerToken }),
        'sellerEntities',
      );
      expect(own.totalCount).toBe(1);
    },
  );
});

describe('files', () => {
  it("serves B's scan to none of A's callers (404, no bytes), and A's own to them", async () => {
    for (const caller of callers) {
      const theirs = await fetch(`${api.url}/files/${b.fileId}`, {
        headers: { authorization: `Bearer ${caller.token}` },
      });
      const body = await theirs.text();
      expect({ caller: caller.name, status: theirs.status, pdf: body.includes('%PDF') }).toEqual({
        caller: caller.name,
        status: 404,
        pdf: false,
      });
      const mine = await fetch(`${api.url}/files/${a.fileId}`, {
        headers: { authorization: `Bearer ${caller.token}` },
      });
      expect({ caller: caller.name, status: mine.status }).toEqual({
        caller: caller.name,
        status: 200,
      });
    }
  });
});
