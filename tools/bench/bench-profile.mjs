#!/usr/bin/env node
// `npm run bench:profile`: where one query's CPU goes in the built API, under load. Not part of
// `npm test`.
//   1. a throwaway copy of `npm run bench`'s seeded template (--entities, default 5,000);
//   2. the built API on the production images' Node 24 (tools/node24.mjs; --node current for this
//      one's), with --cpu-prof;
//   3. autocannon with --connections for --warmup s, then --duration s of one query (--query: one of
//      bench:peer's, smallest | entityList | documents, or a dashboard operation by name with
//      --variables '{…}');
//   4. prints req/s, p50, the server's CPU per request (/proc/<pid>/stat), and the profile of the timed
//      run — self time by package and by function — and keeps the .cpuprofile in tmp/bench/profiles/
//      (open it in Chrome DevTools or speedscope for the flame graph).
// Flags: --query entityList --entities 5000 --duration 15 --warmup 3 --connections 16 --top 30
//        --variables {} --node 24|current --seed 1 --no-build --reseed
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
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
  seededTemplate,
  signIn,
  startBuiltApi,
  summarizeProfile,
} from './bench-support.mjs';
import { VERIDESK } from './peer-queries.mjs';
import { ensureNode24 } from '../node24.mjs';
import { ROOT } from '../services.mjs';

const { values: flags } = parseArgs({
  options: {
    query: { type: 'string', default: 'entityList' },
    variables: { type: 'string', default: '{}' },
    entities: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    top: { type: 'string', default: '30' },
    node: { type: 'string', default: '24' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    reseed: { type: 'boolean', default: false },
  },
});
const DURATION = Number(flags.duration);
const query = VERIDESK[flags.query] ?? dashboardQuery(flags.query);
const variables = JSON.parse(flags.variables);

async function main() {
  ensureBuilt({ skip: flags['no-build'] });
  const node = flags.node === '24' ? ensureNode24() : process.execPath;
  const template = await seededTemplate(Number(flags.entities), {
    seed: flags.seed,
    reseed: flags.reseed,
  });
  const database = await createThrowawayDatabase('veridesk_profile', { template: template.name });
  const profiles = join(ROOT, 'tmp/bench/profiles');
  const run = join(profiles, `run-${process.pid}`);
  mkdirSync(run, { recursive: true });
  let api = null;
  try {
    api = await startBuiltApi(
      builtApiEnvironment(database.url, { SCHEDULED_JOBS: 'false', ...template.secrets }),
      { node, nodeArguments: ['--cpu-prof', `--cpu-prof-dir=${run}`] },
    );
    const { token } = await signIn(api.url, template.login);
    const checked = await gql(api.url, query, variables, token);
    if (checked.errors) throw new Error(`The query failed: ${JSON.stringify(checked.errors[0])}`);
    const load = {
      url: `${api.url}/graphql`,
      method: 'POST',
      body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      connections: Number(flags.connections),
    };
    await autocannon({ ...load, duration: Number(flags.warmup) });
    const before = cpuMs(api.child.pid);
    const result = await autocannon({ ...load, duration: DURATION });
    const cpu = cpuMs(api.child.pid) - before;
    await api.stop();
    api = null;
    const [written] = readdirSync(run);
    const file = join(
      profiles,
      `${flags.query}-${new Date().toISOString().replace(/[:.]/g, '')}.cpuprofile`,
    );
    renameSync(join(run, written), file);
    console.log(
      `\n${flags.query} at ${flags.entities} entities, ${flags.connections} connections, ${DURATION} s: ` +
        `${result.requests.average} req/s, p50 ${result.latency.p50} ms, ` +
        `server CPU ${(cpu / result.requests.total).toFixed(2)} ms/request, ` +
        `${result.non2xx} non-2xx; load average ${loadavg()
          .map((n) => n.toFixed(1))
          .join(' ')}` +
        `\nprofile: ${file}`,
    );
    summarizeProfile(file, DURATION, Number(flags.top));
  } finally {
    await api?.stop();
    rmSync(run, { recursive: true, force: true });
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
