#!/usr/bin/env node
// EXPLAIN (ANALYZE, BUFFERS) of every statement one dashboard operation sends, on the seeded
// benchmark data `npm run bench` keeps (veridesk_bench_seed_<size>_s1_<checkout>_<day>). Writes
// tools/perf/plans/<operation>-<size>.txt: the statements in the order sent (by connection),
// each with its parameters and plan, run again as the API ran it (the app role, the agency set).
// Usage: npm run bench:explain -- <size> <overview|entityList|entityPage|documents>
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  asTenant,
  builtApiEnvironment,
  createThrowawayDatabase,
  dashboardQuery,
  ensureBuilt,
  gql,
  startBuiltApi,
  withEntityListExtras,
} from './bench-support.mjs';
import { ROOT, fail } from '../services.mjs';

const [size, operation] = process.argv.slice(2);
const OPERATIONS = {
  overview: async (call) => {
    await Promise.all([
      call(dashboardQuery('OverviewSummary')),
      call(dashboardQuery('OverviewAffectedStores')),
    ]);
  },
  entityList: (call) =>
    call(withEntityListExtras(dashboardQuery('EntitiesList')), { filter: {}, first: 50 }),
  entityPage: async (call, admin) => {
    const { rows } = await admin.query(
      `SELECT seller_entity_id FROM verification_cases WHERE passed_at IS NULL AND cancelled_at IS NULL ORDER BY id LIMIT 1`,
    );
    return call(dashboardQuery('EntityPage'), { id: rows[0].seller_entity_id });
  },
  documents: (call) => call(dashboardQuery('OverviewExpiringDocuments'), { withinDays: 30 }),
};
if (!size || !OPERATIONS[operation])
  fail(`Usage: npm run bench:explain -- <size> <${Object.keys(OPERATIONS).join('|')}>`);

const sidecar = readdirSync(join(ROOT, 'tmp/bench')).find((name) =>
  name.startsWith(`veridesk_bench_seed_${size}_s1_`),
);
if (!sidecar)
  fail(`No seeded ${size}-entity database kept: run npm run bench -- --sizes ${size} first.`);
const template = JSON.parse(readFileSync(join(ROOT, 'tmp/bench', sidecar), 'utf8'));
ensureBuilt();
const database = await createThrowawayDatabase('veridesk_explain', {
  template: sidecar.replace(/\.json$/, ''),
});
const recorded = join(ROOT, 'tmp/bench', `statements-${process.pid}.jsonl`);
writeFileSync(recorded, '');
const environment = builtApiEnvironment(database.url, {
  SCHEDULED_JOBS: 'false',
  ...template.secrets,
  RECORD_SQL_FILE: recorded,
});
const api = await startBuiltApi(environment, {
  nodeArguments: ['--require', join(ROOT, 'tools/bench/record-statements.cjs')],
});
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
try {
  const signedIn = await gql(
    api.url,
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    {
      input: template.login,
    },
  );
  const token = signedIn.data.login.token;
  const call = async (query, variables) => {
    const result = await gql(api.url, query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors[0]));
    return result;
  };
  for (let i = 0; i < 5; i++) await OPERATIONS[operation](call, admin); // warm
  const before = readFileSync(recorded, 'utf8').split('\n').filter(Boolean).length;
  const started = performance.now();
  await OPERATIONS[operation](call, admin);
  const elapsed = performance.now() - started;
  const statements = readFileSync(recorded, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(before)
    .map((line) => JSON.parse(line));
  const agencyId = statements
    .find((s) => s.text.includes("set_config('app.agency_id'"))
    ?.parameters?.at(-1);
  const transactions = statements.filter((s) => /^(START TRANSACTION|BEGIN)/i.test(s.text)).length;
  const out = [
    `${operation} at ${size} entities: ${statements.length} statements in ${transactions} transaction(s), ` +
      `${elapsed.toFixed(1)} ms end to end (one warm run)`,
    '',
  ];
  for (const statement of statements) {
    out.push(
      `=== connection ${statement.connection} (+${statement.at - statements[0].at} ms)`,
      statement.text.trim(),
    );
    if (statement.parameters?.length)
      out.push(`-- parameters: ${JSON.stringify(statement.parameters)}`);
    if (!/^\s*(WITH|SELECT)/i.test(statement.text) || statement.text.includes('set_config')) {
      out.push('');
      continue;
    }
    const rows = await asTenant(
      admin,
      agencyId,
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      statement.parameters ?? [],
    );
    out.push(...rows.map((row) => row['QUERY PLAN']), '');
  }
  const file = join(ROOT, 'tools/perf/plans', `${operation}-${size}.txt`);
  writeFileSync(file, `${out.join('\n')}\n`);
  console.log(`${out[0]}\nWrote ${file}`);
} finally {
  await admin.end();
  await api.stop();
  await database.drop();
  rmSync(recorded, { force: true });
}
