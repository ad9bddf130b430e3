#!/usr/bin/env node
// `npm run bench:load`: the dashboard's real queries against the built API, as 200 signed-in users
// for 60 s. Not part of `npm test`.
//   1. builds the API if dist/ has none, and the tooling bundle (dist/tools); creates a throwaway database (TEST_DATABASE_ADMIN_URL);
//   2. starts the built API as its own process (it migrates the database) with Redis (TEST_REDIS_URL);
//   3. seeds an agency through the API: a portfolio CSV import (--entities, default 300, two stores
//      each), representatives and open cases for a fifth of them, four managers, one session per
//      connection;
//   4. drives it from this process with autocannon: Today overview (summary, open cases, affected
//      stores, expiring documents, expiry weeks), entity list, entity page, documents, cases — one
//      run of --warmup + --duration s, of which the first --warmup s are the cold start (200 users
//      arriving at once, JIT, the pool's connections opening and preparing their statements;
//      reported on their own line) and the requests sent after them the timed figures;
//   5. prints requests/s, p50/p95/p99 latency, non-2xx responses and GraphQL errors, then each
//      operation's CPU on its own; drops the database.
// With --profile, the API runs with --cpu-prof and, instead of step 5's CPU per operation, the timed
// part of the mix is summarised by package and by function (bench:profile's summary; the profile
// is kept in tmp/bench/profiles/).
// Flags: --connections 200 --duration 60 --warmup 10 --entities 300 --no-build --profile
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  builtApiEnvironment,
  cpuMs,
  createThrowawayDatabase,
  dashboardQuery,
  ensureBuilt,
  gql,
  percentile,
  residentId,
  startBuiltApi,
  summarizeProfile,
  uscc,
} from './bench-support.mjs';
import { ROOT, fail, log } from '../services.mjs';

const { values: flags } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    entities: { type: 'string', default: '300' },
    'no-build': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const CONNECTIONS = Number(flags.connections);
const DURATION = Number(flags.duration);
const WARMUP = Number(flags.warmup);
const ENTITIES = Number(flags.entities);

const PASSWORD = 'bench-password-2026';
const SITES = ['TH', 'MY', 'PH', 'SG', 'VN', 'ID'];
/** Runs `work` over `items`, `width` at a time. */
async function inBatches(items, width, work) {
  const results = [];
  for (let index = 0; index < items.length; index += width)
    results.push(...(await Promise.all(items.slice(index, index + width).map(work))));
  return results;
}

function day(offset) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function call(url, query, variables, token) {
  const result = await gql(url, query, variables, token);
  if (result.errors) throw new Error(`Seeding failed: ${JSON.stringify(result.errors[0])}`);
  return result.data;
}

async function seed(url) {
  const owner = `owner.${randomBytes(3).toString('hex')}@bench.example.com`;
  const signUp = await call(
    url,
    `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`,
    { input: { agencyName: '压测服务商', name: '李娜', email: owner, password: PASSWORD } },
  );
  const token = signUp.signUp.token;

  const rows = [
    'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories',
  ];
  for (let n = 0; n < ENTITIES; n++) {
    const code = uscc('440300', 100_000 + n);
    const expires = n % 7 === 0 ? '长期' : day((n % 120) - 20);
    for (const site of [SITES[n % SITES.length], SITES[(n + 1) % SITES.length]])
      rows.push(
        `${code},深圳市压测${n}号电子商务有限公司,张伟,home-appliances,${expires},${site},Bench ${n} ${site},${site}${900000 + n},home-appliances`,
      );
  }
  const report = await call(
    url,
    `mutation($csv: String!) { importPortfolio(csv: $csv) { created errors { row message } } }`,
    { csv: rows.join('\n') },
    token,
  );
  if (report.importPortfolio.errors.length)
    fail(`Import refused rows: ${JSON.stringify(report.importPortfolio.errors.slice(0, 3))}`);

  const entityIds = [];
  for (let after = null; ;) {
    const page = await call(
      url,
      `query($after: String) { sellerEntities(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      token,
    );
    entityIds.push(...page.sellerEntities.edges.map((edge) => edge.node.id));
    if (!page.sellerEntities.pageInfo.hasNextPage) break;
    after = page.sellerEntities.pageInfo.endCursor;
  }

  // A fifth of the entities: a legal representative and an open case (some overdue).
  await inBatches(
    entityIds.filter((_, n) => n % 5 === 0),
    4,
    async (entityId, n) => {
      const representative = await call(
        url,
        `mutation($input: AddRepresentativeInput!) { addRepresentative(input: $input) { id } }`,
        {
          input: {
            sellerEntityId: entityId,
            fullName: '张伟',
            role: 'LEGAL_REPRESENTATIVE',
            idType: 'CN_RESIDENT_ID',
            idNumber: residentId('440305', '19850312', 100 + (n % 800)),
            idExpiresOn: day(30 + (n % 400)),
          },
        },
        token,
      );
      const stores = await call(
        url,
        `query($id: ID!) { sellerEntity(id: $id) { stores { site } } }`,
        { id: entityId },
        token,
      );
      await call(
        url,
        `mutation($input: OpenVerificationCaseInput!) { openVerificationCase(input: $input) { id } }`,
        {
          input: {
            sellerEntityId: entityId,
            representativeId: representative.addRepresentative.id,
            site: stores.sellerEntity.stores[0].site,
            trigger: 'LOGIN_ENVIRONMENT',
            noticeReceivedAt: new Date(Date.now() - ((n * 7) % 90) * 3_600_000).toISOString(),
          },
        },
        token,
      );
    },
  );

  // Four managers; then one session per connection, spread over the five people.
  const people = [owner];
  for (let n = 0; n < 4; n++) {
    const email = `manager${n}.${randomBytes(3).toString('hex')}@bench.example.com`;
    const invited = await call(
      url,
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }`,
      { input: { email, name: `经理${n}`, role: 'MANAGER' } },
      token,
    );
    const invitation = new URL(invited.inviteMember.acceptUrl).searchParams.get('token');
    await call(
      url,
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`,
      { input: { token: invitation, name: `经理${n}`, password: PASSWORD } },
    );
    people.push(email);
  }
  const tokens = await inBatches([...Array(CONNECTIONS).keys()], 8, async (n) => {
    const login = await call(
      url,
      `mutation($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { email: people[n % people.length], password: PASSWORD } },
    );
    return login.login.token;
  });
  return { entityIds, tokens };
}

async function main() {
  if (
    !Number.isInteger(CONNECTIONS) ||
    CONNECTIONS < 1 ||
    !(DURATION > 0) ||
    !(WARMUP >= 0) ||
    !(ENTITIES > 0)
  )
    fail(
      'Usage: npm run bench:load -- [--connections 200] [--duration 60] [--warmup 10] [--entities 300] [--no-build]',
    );
  ensureBuilt({ skip: flags['no-build'] });

  const database = await createThrowawayDatabase('veridesk_bench');
  const profiles = join(ROOT, 'tmp/bench/profiles');
  const run = join(profiles, `load-${process.pid}`);
  if (flags.profile) mkdirSync(run, { recursive: true });
  const api = await startBuiltApi(builtApiEnvironment(database.url), {
    nodeArguments: flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${run}`] : [],
  });
  const url = api.url;
  const cleanUp = async () => {
    await api.stop();
    await database.drop();
    if (flags.profile) rmSync(run, { recursive: true, force: true });
  };
  try {
    log(
      `API (pid ${api.child.pid}) on ${url}, database ${database.name}; seeding ${ENTITIES} entities…`,
    );
    const started = Date.now();
    const { entityIds, tokens } = await seed(url);
    log(
      `Seeded ${entityIds.length} entities and ${tokens.length} sessions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const result = await drive(url, entityIds, tokens);
    report(result);
    if (flags.profile) {
      // The profile is written when the API exits, right after the timed part.
      await api.stop();
      const file = join(
        profiles,
        `load-${new Date().toISOString().replace(/[:.]/g, '')}.cpuprofile`,
      );
      renameSync(join(run, readdirSync(run)[0]), file);
      console.log(`\nThe API's main thread during the timed ${DURATION} s (profile: ${file}):`);
      summarizeProfile(file, DURATION);
    } else await costPerOperation(url, api.child.pid, entityIds, tokens);
    return failures(result);
  } finally {
    await cleanUp();
  }
}

/**
 * The dashboard's pages as [name, variables()] pairs; each entity page a random entity.
 */
function pages(entityIds) {
  const anyEntity = () => entityIds[Math.floor(Math.random() * entityIds.length)];
  return [
    // Today (the overview page's five queries)
    ['OverviewSummary', () => ({})],
    ['OverviewOpenCases', () => ({ dueWithinHours: 24 * 365 })],
    ['OverviewAffectedStores', () => ({})],
    ['OverviewExpiringDocuments', () => ({ withinDays: 30 })],
    ['OverviewExpiryWeeks', () => ({ weeks: 13 })],
    // Entities, an entity, documents, cases
    ['EntitiesList', () => ({ filter: {}, first: 50 })],
    ['EntityPage', () => ({ id: anyEntity() })],
    ['PortfolioDocuments', () => ({ filter: {}, first: 20 })],
    ['VerificationCases', () => ({ filter: {}, first: 20 })],
  ].map(([name, variables]) => ({ name, query: dashboardQuery(name), variables }));
}

/**
 * One request that walks the pages in turn on each connection, each connection starting at a
 * random page: 200 users who all open Today at the same instant and then move in step would send
 * the heaviest queries in waves, which measures the convoy rather than the server. `answers` gets
 * each answer: its operation, when it was sent and how long it took.
 */
function workload(entityIds, answers) {
  const all = pages(entityIds);
  return [
    {
      method: 'POST',
      path: '/graphql',
      setupRequest: (request, context) => {
        context.step ??= Math.floor(Math.random() * all.length);
        const page = all[context.step++ % all.length];
        context.page = page.name;
        context.sentAt = performance.now();
        return {
          ...request,
          body: JSON.stringify({
            operationName: page.name,
            query: page.query,
            variables: page.variables(),
          }),
        };
      },
      onResponse: (_status, _body, context) =>
        answers.push({
          page: context.page,
          sentAt: context.sentAt,
          ms: performance.now() - context.sentAt,
        }),
    },
  ];
}

/**
 * CPU used so far by every PostgreSQL process of this machine (the server and its backends), and
 * by backends that have ended since (their time is added to the server's reaped children's).
 */
function postgresCpuMs() {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        total += cpuMs(entry, { children: true });
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/**
 * What each operation costs the API process on its own: 8 connections, 400 requests, CPU ms per
 * request from /proc/<pid>/stat (the load above mixes them; this says which to make cheaper).
 */
async function costPerOperation(url, pid, entityIds, tokens) {
  console.log(
    '  CPU per request, each operation alone (8 connections, 400 requests): the API / PostgreSQL',
  );
  for (const page of pages(entityIds)) {
    const name = page.name;
    const before = cpuMs(pid);
    const databaseBefore = postgresCpuMs();
    const result = await autocannon({
      url,
      connections: 8,
      amount: 400,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              operationName: name,
              query: page.query,
              variables: page.variables(),
            }),
          }),
        },
      ],
    });
    const perRequest = (cpuMs(pid) - before) / result.requests.total;
    const database = (postgresCpuMs() - databaseBefore) / result.requests.total;
    console.log(
      `    ${name.padEnd(26)} ${perRequest.toFixed(2).padStart(6)} / ${database.toFixed(2).padStart(5)} ms   p50 ${result.latency.p50} ms`,
    );
  }
}

function drive(url, entityIds, tokens) {
  log(`Driving ${url} with ${CONNECTIONS} connections for ${WARMUP} s (warm-up) + ${DURATION} s…`);
  const errorCodes = new Map();
  const answers = [];
  let nextSession = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: WARMUP + DURATION,
        headers: { 'content-type': 'application/json' },
        requests: workload(entityIds, answers),
        setupClient: (client) =>
          client.setHeaders({
            'content-type': 'application/json',
            authorization: `Bearer ${tokens[nextSession++ % tokens.length]}`,
          }),
        // A 200 answer carrying `errors` is an error too (autocannon counts it as a mismatch).
        // `"errors"` unescaped can only be a key: most answers are passed without parsing them, so
        // the load generator's own CPU (it shares the machine's cores with the API) stays small.
        verifyBody: (body) => {
          if (!body.includes('"errors"')) return true;
          try {
            const errors = JSON.parse(body).errors;
            if (!errors) return true;
            const code = errors[0]?.extensions?.code ?? 'UNKNOWN';
            errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          } catch {
            errorCodes.set('NOT_JSON', (errorCodes.get('NOT_JSON') ?? 0) + 1);
          }
          return false;
        },
      },
      (error, result) => {
        if (error) return reject(error);
        // Timed: the requests sent after the warm-up and answered before the end.
        const timedFrom = started + WARMUP * 1000;
        const timedTo = started + (WARMUP + DURATION) * 1000;
        const warmUp = answers.filter((answer) => answer.sentAt < timedFrom);
        const timed = answers.filter(
          (answer) => answer.sentAt >= timedFrom && answer.sentAt + answer.ms <= timedTo,
        );
        resolve({ ...result, errorCodes, warmUp, timed });
      },
    );
  });
}

/** Ascending times of some answers. */
const timesOf = (answers) => Float64Array.from(answers, (answer) => answer.ms).sort();

/** Answers that were not a success: non-2xx, GraphQL errors, socket errors (timeouts included). */
function failures(result) {
  return result.non2xx + result.mismatches + result.errors;
}

function report(result) {
  const sorted = timesOf(result.timed);
  const ms = (p) => `${percentile(sorted, p).toFixed(1)} ms`;
  const failed = failures(result);
  if (WARMUP > 0) {
    const warm = timesOf(result.warmUp);
    console.log(
      `\nWarm-up, the first ${WARMUP} s (not in the figures below): ${warm.length} requests sent, ` +
        `p50 ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms, ` +
        `max ${warm.at(-1)?.toFixed(1)} ms`,
    );
  }
  console.log(`
VeriDesk load benchmark: ${result.connections} connections for ${DURATION} s after a ${WARMUP} s warm-up, the dashboard's queries
  requests        ${sorted.length} sent and answered in ${DURATION} s: ${(sorted.length / DURATION).toFixed(1)} req/s
  throughput      ${(result.throughput.average / 1024).toFixed(1)} KiB/s (whole run)
  latency         p50 ${ms(50)}   p95 ${ms(95)}   p99 ${ms(99)}   max ${sorted.at(-1)?.toFixed(1)} ms
  non-2xx         ${result.non2xx} (whole run, as below)
  GraphQL errors  ${result.mismatches}${[...result.errorCodes].map(([code, n]) => ` ${code}: ${n}`).join(',')}
  socket errors   ${result.errors} (of which timeouts ${result.timeouts})
  ${failed === 0 ? 'target met: 0 errors' : `TARGET MISSED: ${failed} errors`}
  per operation (answered, p50 / p95):`);
  for (const page of pages([])) {
    const own = timesOf(result.timed.filter((answer) => answer.page === page.name));
    console.log(
      `    ${page.name.padEnd(26)} ${String(own.length).padStart(6)}   ${percentile(own, 50).toFixed(1)} / ${percentile(own, 95).toFixed(1)} ms`,
    );
  }
}

main()
  .then((failed) => process.exit(failed === 0 ? 0 : 1))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
