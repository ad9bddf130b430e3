#!/usr/bin/env node
// `npm run bench:ab -- <before> <after>`: two builds of the API side by side, to tell a change's CPU
// cost from a noisy machine's drift. Not part of `npm test`.
//   <before> and <after> are built API bundles — directories holding main.js, e.g. a copy of
//   dist/apps/api made before a change (`cp -r dist/apps/api dist/ab/before`, change, build, then
//   `cp -r dist/apps/api dist/ab/after`). They must lie inside this checkout, so that they load its
//   node_modules.
//   1. a throwaway copy of `npm run bench`'s seeded template (--entities, default 500) for each;
//   2. both APIs at once, on the production images' Node 24;
//   3. for each dashboard operation, autocannon drives both at the same moment (--connections each,
//      --duration s), so both see the same machine; CPU per request from /proc/<pid>/stat: each
//      API process's, and its PostgreSQL's (the backends on its own database copy);
//   4. --rounds rounds, each run twice with the two builds' places (start order) swapped,
//      since two identical builds read up to ±10 % apart; prints each operation's after/before
//      ratios per run and their geometric means, and the same over every operation.
// Flags: --entities 500 --connections 8 --duration 8 --rounds 1 --operations A,B,… --seed 1
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  ADMIN_URL,
  builtApiEnvironment,
  cpuMs,
  createThrowawayDatabase,
  dashboardQuery,
  gql,
  seededTemplate,
  signIn,
  startBuiltApi,
} from './bench-support.mjs';
import { ensureNode24 } from '../node24.mjs';
import { ROOT, fail, log } from '../services.mjs';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    entities: { type: 'string', default: '500' },
    connections: { type: 'string', default: '8' },
    duration: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '1' },
    operations: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

/** The dashboard's read operations, with the variables its pages send. */
const OPERATIONS = {
  OverviewSummary: () => ({}),
  OverviewOpenCases: () => ({ dueWithinHours: 24 * 365 }),
  OverviewAffectedStores: () => ({}),
  OverviewExpiringDocuments: () => ({ withinDays: 30 }),
  OverviewExpiryWeeks: () => ({ weeks: 13 }),
  EntitiesList: () => ({ filter: {}, first: 50 }),
  EntityPage: (entityIds) => ({ id: entityIds[Math.floor(Math.random() * entityIds.length)] }),
  PortfolioDocuments: () => ({ filter: {}, first: 20 }),
  VerificationCases: () => ({ filter: {}, first: 20 }),
};

const builds = positionals.map((path) => resolve(path));
const operations = flags.operations?.split(',') ?? Object.keys(OPERATIONS);
if (
  builds.length !== 2 ||
  builds.some((dir) => !existsSync(`${dir}/main.js`) || relative(ROOT, dir).startsWith('..')) ||
  operations.some((name) => !OPERATIONS[name])
)
  fail(
    'Usage: npm run bench:ab -- <before> <after> [--entities 500] [--connections 8] [--duration 8] ' +
      `[--rounds 1] [--operations ${Object.keys(OPERATIONS).join(',')}]: two directories inside ` +
      'this checkout, each holding a built API (main.js)',
  );

/** A build on its own copy of the template, signed in; `stop()` also drops the copy. */
async function startBuild(dir, template, node) {
  const database = await createThrowawayDatabase('veridesk_ab', { template: template.name });
  const api = await startBuiltApi(
    builtApiEnvironment(database.url, { SCHEDULED_JOBS: 'false', ...template.secrets }),
    { node, entry: `${dir}/main.js` },
  );
  const { token } = await signIn(api.url, template.login);
  return {
    url: api.url,
    token,
    pid: api.child.pid,
    database: database.name,
    async stop() {
      await api.stop();
      await database.drop();
    },
  };
}

/** CPU ms so far of each PostgreSQL backend on `database`, by pid. */
async function backendsCpu(admin, database) {
  const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [
    database,
  ]);
  const used = new Map();
  for (const { pid } of rows) {
    try {
      used.set(pid, cpuMs(pid));
    } catch {
      // The backend ended meanwhile.
    }
  }
  return used;
}

/**
 * CPU ms per request of `api`, and of its PostgreSQL backends, while autocannon sends it `name`
 * for the duration.
 */
async function cpuPerRequest(admin, api, name, entityIds) {
  const query = dashboardQuery(name);
  const before = cpuMs(api.pid);
  const backendsBefore = await backendsCpu(admin, api.database);
  const result = await autocannon({
    url: `${api.url}/graphql`,
    connections: Number(flags.connections),
    duration: Number(flags.duration),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            operationName: name,
            query,
            variables: OPERATIONS[name](entityIds),
          }),
        }),
      },
    ],
  });
  if (result.non2xx || result.errors) throw new Error(`${name}: failed answers on ${api.url}`);
  const apiMs = cpuMs(api.pid) - before;
  let databaseMs = 0;
  for (const [pid, used] of await backendsCpu(admin, api.database))
    databaseMs += used - (backendsBefore.get(pid) ?? 0);
  return { api: apiMs / result.requests.total, database: databaseMs / result.requests.total };
}

const geometricMean = (ratios) =>
  Math.exp(ratios.reduce((sum, ratio) => sum + Math.log(ratio), 0) / ratios.length);

async function main() {
  const template = await seededTemplate(Number(flags.entities), { seed: flags.seed });
  const node = ensureNode24();
  const ratios = new Map(operations.map((name) => [name, { api: [], database: [] }]));
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  for (let round = 0; round < Number(flags.rounds); round++) {
    for (const swapped of [false, true]) {
      const [first, second] = swapped ? [builds[1], builds[0]] : builds;
      log(`Round ${round + 1}${swapped ? ', places swapped' : ''}: starting both builds…`);
      const started = [
        await startBuild(first, template, node),
        await startBuild(second, template, node),
      ];
      const [before, after] = swapped ? [started[1], started[0]] : started;
      try {
        const listed = await gql(
          before.url,
          `{ sellerEntities(first: 50) { edges { node { id } } } }`,
          {},
          before.token,
        );
        const entityIds = listed.data.sellerEntities.edges.map((edge) => edge.node.id);
        for (const name of operations) {
          for (const api of [before, after]) {
            const checked = await gql(
              api.url,
              dashboardQuery(name),
              OPERATIONS[name](entityIds),
              api.token,
            );
            if (checked.errors)
              throw new Error(`${name} failed: ${JSON.stringify(checked.errors[0])}`);
          }
          const [was, is] = await Promise.all([
            cpuPerRequest(admin, before, name, entityIds),
            cpuPerRequest(admin, after, name, entityIds),
          ]);
          ratios.get(name).api.push(is.api / was.api);
          ratios.get(name).database.push(is.database / was.database);
          const ms = (cost) => `${cost.api.toFixed(2)} / ${cost.database.toFixed(2)}`.padStart(13);
          console.log(
            `  ${name.padEnd(26)} before ${ms(was)} ms   after ${ms(is)} ms   after/before ` +
              `${(is.api / was.api).toFixed(3)} / ${(is.database / was.database).toFixed(3)}`,
          );
        }
      } finally {
        for (const api of started) await api.stop();
      }
    }
  }
  await admin.end();
  console.log(
    `\nCPU per request, after / before: the API / PostgreSQL (geometric mean of ` +
      `${Number(flags.rounds) * 2} runs, ${flags.connections} connections each, ${flags.entities} entities):`,
  );
  const line = (label, { api, database }) =>
    console.log(
      `  ${label.padEnd(26)} ${geometricMean(api).toFixed(3)} / ${geometricMean(database).toFixed(3)}` +
        `   (the API: ${api.map((ratio) => ratio.toFixed(2)).join(' ')})`,
    );
  for (const [name, measured] of ratios) line(name, measured);
  const all = [...ratios.values()];
  line('every operation', {
    api: all.flatMap((measured) => measured.api),
    database: all.flatMap((measured) => measured.database),
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
