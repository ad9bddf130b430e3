// The role matrix, generated from the one table of operations (test/support/operations.ts): every
// query and mutation called by every role, as a signed-in member and through an API key. Allowed calls
// succeed with the table's sample arguments; refused ones answer FORBIDDEN and write nothing.
// VIEWER never writes the agency's data; only OWNER and ADMIN manage members, keys and reveal ID numbers.
import { randomBytes } from 'node:crypto';
import { AgencyRecords, createAgencyRecords, RECORDS_NOW } from '../../support/agency-records';
import { addMember, CREATE_API_KEY, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import {
  committedSchema,
  OPERATIONS,
  Role,
  ROLES,
  roleMayCall,
  rootOperations,
  sampleVariables,
} from '../../support/operations';
import { mapConcurrently } from '../../support/lanes';
import { hashEachPasswordOnce } from '../../support/password-hashes';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';
import { changedTables, Fingerprints, openFingerprints } from '../../support/tenant-tables';

type Caller = { role: Role; apiKey: boolean };
const CALLERS: Caller[] = ROLES.flatMap((role) => [
  { role, apiKey: false },
  { role, apiKey: true },
]);
const callerName = (caller: Caller) => `${caller.role} ${caller.apiKey ? 'API key' : 'member'}`;

const OPERATIONS_IN_SCHEMA = rootOperations(committedSchema());
// Signing in and up needs no role; the cross-agency and sign-in suites cover those.
const GATED = OPERATIONS_IN_SCHEMA.filter((operation) => operation.sample?.access !== 'public');

let api: TestApi;
let agency: SignedUpAgency;
let fingerprints: Fingerprints;
const tokens = new Map<string, string>();
/** Each caller works on records of its own in the agency: some calls archive, cancel or remove. */
const records = new Map<string, AgencyRecords>();

function allowed(name: string, caller: Caller): boolean {
  const sample = OPERATIONS[name];
  return roleMayCall(sample, caller.role) && !(sample.userOnly && caller.apiKey);
}

beforeAll(async () => {
  // The queue board is open to one operator agency, named at boot: this one.
  const secret = { AUTH_SECRET: randomBytes(32).toString('hex') };
  const first = await startTestApi(secret);
  agency = await signUpAgency(first, '角色矩阵服务商');
  await first.close();
  api = await startTestApi({ ...secret, QUEUE_BOARD_AGENCY_ID: agency.agencyId });
  api.clock.set(RECORDS_NOW);
  // Every member here has the same sample password: argon2 hashes it once, not 19 times.
  hashEachPasswordOnce(api);
  fingerprints = await openFingerprints();
  // The callers are independent (each has a token and records of its own): set up side by side.
  await mapConcurrently(CALLERS, 4, async (caller) => {
    const name = callerName(caller);
    let token: string;
    if (caller.apiKey) {
      token = ok(
        await api.gql(CREATE_API_KEY, { input: { name, role: caller.role } }, { as: agency.token }),
        'createApiKey',
      ).secret;
    } else {
      token =
        caller.role === 'OWNER'
          ? agency.token
          : (await addMember(api, agency.token, caller.role)).token;
    }
    tokens.set(name, token);
    records.set(name, await createAgencyRecords(api, agency, name));
  });
}, 180_000);
beforeEach(() => api.clock.set(RECORDS_NOW));
afterAll(async () => {
  jest.restoreAllMocks();
  await fingerprints?.close();
  await api?.close();
});

describe('every operation by every role', () => {
  it.each(
    GATED.flatMap((operation) =>
      CALLERS.map((caller) => [
        operation.name,
        callerName(caller),
        allowed(operation.name, caller) ? 'allowed' : 'FORBIDDEN',
      ]),
    ),
  )('%s by a %s: %s', async (name, caller, expected) => {
    const operation = GATED.find((candidate) => candidate.name === name)!;
    const variables = sampleVariables(operation, records.get(caller)!);
    const before = expected === 'FORBIDDEN' ? await fingerprints.of(agency.agencyId) : null;
    const result = await api.gql(operation.document, variables, { as: tokens.get(caller) });
    if (expected === 'allowed' && operation.sample?.answer) {
      // Past the role check, the service answers for the sample's arguments.
      expect(result.errors?.[0]?.extensions?.code).toBe(operation.sample.answer);
    } else if (expected === 'allowed') {
      expect(result.errors).toBeUndefined();
      expect(result.data?.[name]).not.toBeNull();
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.[name] ?? null).toBeNull();
      expect(changedTables(before!, await fingerprints.of(agency.agencyId))).toEqual([]);
    }
  });

  it.each(GATED.map((operation) => operation.name))(
    '%s without credentials: UNAUTHENTICATED',
    async (name) => {
      const operation = GATED.find((candidate) => candidate.name === name)!;
      const variables = sampleVariables(operation, records.get(callerName(CALLERS[0]))!);
      const result = await api.gql(operation.document, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});
