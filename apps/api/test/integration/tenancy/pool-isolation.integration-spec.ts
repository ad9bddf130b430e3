// No agency leaks through a pooled connection: 1,000 interleaved concurrent requests from three
// agencies on a pool of 5, each tenant transaction held open for a random while, all answer with their
// own agency's rows and nothing else.
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import { TenantDatabase } from '../../../src/engine/database/tenant-database.service';
import { sql } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { createPortfolio } from '../../support/portfolio';
import { GraphQLResponse, startTestApi, TestApi } from '../../support/test-api';

const REQUESTS = 1_000;
const PORTFOLIO = /* GraphQL */ `
  {
    me {
      agency {
        id
      }
    }
    portfolioSummary {
      sellerEntities
      stores
    }
    sellerEntities(first: 100) {
      totalCount
      edges {
        node {
          id
          stores {
            id
            sellerEntity {
              id
            }
          }
        }
      }
    }
    documents(first: 100) {
      edges {
        node {
          id
          sellerEntity {
            id
          }
        }
      }
    }
  }
`;

type Tenant = { agency: SignedUpAgency; ids: Set<string>; entities: number; stores: number };

let api: TestApi;
let transactions: jest.SpyInstance;
const tenants: Tenant[] = [];

/** Every record id the agency owns, read as the admin. */
async function idsOf(agencyId: string): Promise<Set<string>> {
  const rows = await sql<{ id: string }>(
    `SELECT id::text FROM seller_entities WHERE agency_id = $1
     UNION ALL SELECT id::text FROM stores WHERE agency_id = $1
     UNION ALL SELECT id::text FROM representatives WHERE agency_id = $1
     UNION ALL SELECT id::text FROM documents WHERE agency_id = $1
     UNION ALL SELECT id::text FROM verification_cases WHERE agency_id = $1`,
    [agencyId],
  );
  return new Set([agencyId, ...rows.map((row) => row.id)]);
}

// All 1,000 are sent at once over 20 sockets (a thousand connects overflow a busy machine's accept
// queue): four times the 5 database connections they contend for, each request opening several
// transactions, yet short of the pool's acquire timeout on a loaded CI machine.
const sockets = new Agent({ keepAlive: true, maxSockets: 20 });

function post(token: string): Promise<GraphQLResponse> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: PORTFOLIO });
    const call = request(
      `${api.url}/graphql`,
      {
        method: 'POST',
        agent: sockets,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** Every `id` in an answer. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'id' && typeof inner === 'string' ? [inner] : idsIn(inner),
  );
}

beforeAll(async () => {
  api = await startTestApi({ DATABASE_POOL_SIZE: '5' });
  let seed = 0;
  for (const [index, sites] of [['TH'], ['MY', 'PH'], ['VN', 'ID', 'SG']].entries()) {
    const agency = await signUpAgency(api, `连接池服务商 ${index}`);
    // Different sizes, so a count from another agency shows.
    for (let entity = 0; entity <= index; entity++) {
      await createPortfolio(api, agency.token, {
        uscc: makeUscc(900_000 + seed++),
        sites,
        licenseExpiresOn: '2027-01-31',
      });
    }
    tenants.push({
      agency,
      ids: await idsOf(agency.agencyId),
      entities: index + 1,
      stores: (index + 1) * sites.length,
    });
  }
  // Test-only: every tenant transaction waits a random while after naming its agency and again
  // before committing, so requests interleave on the five connections.
  const db = api.app.get(TenantDatabase);
  const transaction = db.transaction.bind(db);
  transactions = jest
    .spyOn(db, 'transaction')
    .mockImplementation(<T>(work: (manager: EntityManager) => Promise<T>) =>
      transaction(async (manager) => {
        await sleep(Math.random() * 3);
        const result = await work(manager);
        await sleep(Math.random() * 3);
        return result;
      }),
    );
}, 60_000);
afterAll(() => {
  jest.restoreAllMocks();
  sockets.destroy();
  return api?.close();
});

it('answers 1,000 interleaved requests of three agencies on 5 connections with 0 foreign rows', async () => {
  expect(api.config.DATABASE_POOL_SIZE).toBe(5);
  const started = Date.now();
  const answers = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, index) => {
      const tenant = tenants[index % tenants.length];
      await sleep(Math.random() * 20);
      return { tenant, result: await post(tenant.agency.token) };
    }),
  );
  const duration = Date.now() - started;
  console.log(`${REQUESTS} requests from 3 agencies on a pool of 5: ${duration} ms`);

  const problems: string[] = [];
  let foreignRows = 0;
  for (const [index, { tenant, result }] of answers.entries()) {
    if (result.errors) {
      problems.push(`request ${index}: ${JSON.stringify(result.errors[0])}`);
      continue;
    }
    const data = result.data!;
    const foreign = idsIn(data).filter((id) => !tenant.ids.has(id));
    foreignRows += foreign.length;
    if (data.me.agency.id !== tenant.agency.agencyId)
      problems.push(`request ${index}: as another agency`);
    const counts = {
      entities: data.sellerEntities.totalCount,
      summaryEntities: data.portfolioSummary.sellerEntities,
      summaryStores: data.portfolioSummary.stores,
    };
    const expected = {
      entities: tenant.entities,
      summaryEntities: tenant.entities,
      summaryStores: tenant.stores,
    };
    if (JSON.stringify(counts) !== JSON.stringify(expected))
      problems.push(
        `request ${index}: counts ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`,
      );
  }
  expect({ answered: answers.length, foreignRows, problems: problems.slice(0, 10) }).toEqual({
    answered: REQUESTS,
    foreignRows: 0,
    problems: [],
  });
  // Sanity: the answers list the agency's own records, and went through the delayed transactions.
  expect(idsIn(answers[0].result.data).length).toBeGreaterThan(5);
  expect(transactions.mock.calls.length).toBeGreaterThanOrEqual(REQUESTS);
}, 300_000);
