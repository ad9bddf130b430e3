// What the benchmarks share: the built API and tooling, a throwaway database, the built API as a
// child process, the seeded template databases, the dashboard's compiled operations, SQL as a tenant,
// percentiles and a CPU profile's summary. Used by bench.mjs, bench-load.mjs, bench-explain.mjs,
// bench-peer.mjs and bench-profile.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Agent, request } from 'undici';
import { ensureNode24 } from '../node24.mjs';
import { ROOT, fail, log, waitForHealth } from '../services.mjs';

const require = createRequire(import.meta.url);

export const ADMIN_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Builds the API bundle (dist/apps/api) unless every entry named is there already, then the tooling
 * bundle (dist/tools: the seeder, the demo's identifiers, the dashboard's operations; cached by Nx,
 * so quick when nothing changed).
 */
export function ensureBuilt({ skip = false, entries = ['main.js'] } = {}) {
  const build = (project) => {
    if (
      spawnSync('npx', ['nx', 'run', `${project}:bundle`], { cwd: ROOT, stdio: 'inherit' }).status
    )
      fail('The build failed.');
  };
  if (skip) return;
  if (!entries.every((entry) => existsSync(join(ROOT, 'dist/apps/api', entry)))) {
    log('Building the API…');
    build('api');
  }
  log('Building the tooling…');
  build('tools');
}

/** A module of the tooling bundle (dist/tools/<name>.js), built by ensureBuilt. */
function tooling(name) {
  const file = join(ROOT, 'dist/tools', `${name}.js`);
  if (!existsSync(file)) fail(`${file} is missing: run npx nx run tools:bundle`);
  return require(file);
}

/** The path of the built seeder: `node <it> --entities <n> …` (see tools/seed/seed-scale.ts). */
export const SEED_SCALE = join(ROOT, 'dist/tools/seed-scale.js');

/** The dashboard's own operation, as graphql-codegen compiled it (fragments included). */
export const dashboardQuery = (name) => tooling('dashboard-operations').dashboardQuery(name);

/** One GraphQL request; resolves to the response body (tools/demo/demo.ts). */
export const gql = (...args) => tooling('demo').gql(...args);

// Kept-alive connections for the timed calls (a few per API: the benches call one at a time).
const timing = new Agent({ connections: 4, keepAliveTimeout: 60_000 });

/**
 * One GraphQL POST as the benches time it: undici's `request` on a kept-alive connection, the body
 * read whole as text. Global `fetch` (undici too, behind WHATWG streams and Response objects) adds
 * 0.5–1 ms per call in the calling process on this machine — most of what a 1 ms query would then
 * measure — so every engine's timings go through this one client.
 */
export async function postGraphql(url, body, token) {
  const { statusCode, body: answer } = await request(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    dispatcher: timing,
  });
  return { status: statusCode, text: await answer.text() };
}

/** Valid made-up identifiers, with libs/domain's check characters (tools/demo/identifiers.ts). */
export const uscc = (region, serial) => tooling('demo').uscc(region, serial);
export const residentId = (area, birth, serial) => tooling('demo').residentId(area, birth, serial);

/** The URL of database `name` on the admin server. */
export function urlOfDatabase(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database on the admin server — empty, or a copy of `template` — and `drop()` removes it
 * (and ends the admin client).
 */
export async function createThrowawayDatabase(prefix, { template } = {}) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return {
    name,
    url: urlOfDatabase(name),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * The environment of a built API (or another built entry of it) on `databaseUrl`: fresh secrets,
 * its own queue prefix and files directory, sign-in limits lifted (every session signs in from one
 * address). Entries started with the same environment share the keys.
 */
export function builtApiEnvironment(databaseUrl, overrides = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    // The API's default (configuration.ts), which bench:peer gives PostGraphile too. On this
    // 2-core machine 20 connections ran about a fifth slower under bench:load: more backends
    // contending for the cores PostgreSQL shares with the API (apps/api/perf/RESULTS.md, 23).
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `bench_${randomBytes(3).toString('hex')}`,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    FILES_DIR: mkdtempSync(join(tmpdir(), 'veridesk-bench-files-')),
    RUN_MIGRATIONS: 'true',
    LOG_LEVEL: 'warn',
    LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    LOGIN_ATTEMPTS_PER_ACCOUNT: '100000',
    ...overrides,
  };
}

/**
 * Starts dist/apps/api/main.js (or another built API's `entry`) with `environment` on a free-ish
 * port and waits for /health.
 * Returns its url, process and `stop()` (SIGTERM, then the files directory is removed).
 * `nodeArguments` go to node before the entry (e.g. --cpu-prof, which NODE_OPTIONS refuses); `node`
 * is the binary: by default the production images' Node 24 (tools/node24.mjs), whatever Node runs
 * the bench, so the figures are the product's as deployed.
 */
export async function startBuiltApi(
  environment,
  {
    keepFiles = false,
    nodeArguments = [],
    node = ensureNode24(),
    entry = join(ROOT, 'dist/apps/api/main.js'),
  } = {},
) {
  const port = 39_000 + Math.floor(Math.random() * 1000);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(node, [...nodeArguments, entry], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...environment, PORT: String(port) },
  });
  // A bench that stops with `fail` (process.exit) must not leave its API running.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    process.off('exit', orphanGuard);
    if (!keepFiles) rmSync(environment.FILES_DIR, { recursive: true, force: true });
  };
  await waitForHealth(url);
  return { url, child, stop };
}

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted, p) {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN;
}

/** Runs SQL as the API does: a transaction as the app role, inside the agency's row-level security. */
export async function asTenant(client, agencyId, text, values) {
  await client.query('BEGIN');
  try {
    await client.query(
      `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
      [agencyId],
    );
    const result = await client.query(text, values);
    await client.query('COMMIT');
    return result.rows;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The dashboard's list fields, plus what the issue's list shows: representatives and readiness. */
export function withEntityListExtras(query) {
  const spread = '...EntityListItemFields\n';
  if (!query.includes(spread)) fail('EntitiesList no longer spreads EntityListItemFields');
  return query.replace(
    spread,
    `${spread} representatives { id fullName role idNumberMasked idExpiresOn verificationStatus }
      verificationCases { id status readiness { ready issues { code severity subjectId } } }\n`,
  );
}

/** Seeds through the built seed entry (which migrates first); returns the owner's login from its report. */
function seedAgency(environment, size, seed) {
  log(`Seeding ${size} entities (seed ${seed})…`);
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [SEED_SCALE, ...['--entities', String(size), '--seed', String(seed), '--json']],
    { cwd: ROOT, env: environment, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0)
    throw new Error(`seed-scale.js exited ${result.status}: ${result.stderr || result.stdout}`);
  const report = JSON.parse(result.stdout.trim().split('\n').at(-1));
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return report.owner;
}

/** The secrets the seeded data was sealed with: a copy of the database needs the same ones. */
const SEALING_SECRETS = ['AUTH_SECRET', 'ID_ENCRYPTION_KEYS', 'ID_HASH_KEY'];

/**
 * The seeded database for `size` entities as a template, seeding it unless today's is kept (or
 * `reseed`): its name, the secrets its rows were sealed with and the owner's login. Older days'
 * templates of the same size, seed and checkout are dropped. Used by bench.mjs and bench-peer.mjs.
 */
export async function seededTemplate(size, { seed = '1', reseed = false } = {}) {
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  // Named after the checkout too: the sidecar lives in its tmp/, and another checkout's run on the
  // same server would otherwise find the template without its sidecar, drop it and seed again.
  const checkout = createHash('sha256').update(ROOT).digest('hex').slice(0, 8);
  const family = `veridesk_bench_seed_${size}_s${seed}_${checkout}_`;
  const name = `${family}${day}`;
  const sidecar = join(ROOT, 'tmp/bench', `${name}.json`);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [family],
    );
    const kept = rows.some((row) => row.datname === name) && existsSync(sidecar);
    for (const row of rows)
      if (!kept || row.datname !== name)
        await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    if (kept && !reseed) {
      log(`Using the seeded ${name} (--reseed to seed again)`);
      return { name, ...JSON.parse(readFileSync(sidecar, 'utf8')) };
    }
    await admin.query(`CREATE DATABASE ${name}`);
    const environment = builtApiEnvironment(urlOfDatabase(name));
    const login = seedAgency(environment, size, seed);
    rmSync(environment.FILES_DIR, { recursive: true, force: true }); // the seed stores no files
    const seeded = new pg.Client({ connectionString: urlOfDatabase(name) });
    await seeded.connect();
    // Analysed as autovacuum would have by the time anyone looks.
    await seeded.query('VACUUM ANALYZE');
    await seeded.end();
    const made = {
      secrets: Object.fromEntries(SEALING_SECRETS.map((key) => [key, environment[key]])),
      login,
    };
    mkdirSync(join(ROOT, 'tmp/bench'), { recursive: true });
    writeFileSync(sidecar, JSON.stringify(made));
    return { name, ...made };
  } finally {
    await admin.end();
  }
}

/** Signs in through GraphQL: the bearer token and the agency's id. */
export async function signIn(url, login) {
  const signedIn = await gql(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { token viewer { agency { id } } } }`,
    { input: { email: login.email, password: login.password } },
  );
  if (signedIn.errors) throw new Error(`Sign-in failed: ${JSON.stringify(signedIn.errors[0])}`);
  return { token: signedIn.data.login.token, agencyId: signedIn.data.login.viewer.agency.id };
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** A process's CPU time so far (user + system, every thread), in ms, from /proc/<pid>/stat. */
export function cpuMs(pid, { children = false } = {}) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th,
  // then the reaped children's cutime and cstime.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  const reaped = children ? Number(fields[13]) + Number(fields[14]) : 0;
  return ((own + reaped) * 1000) / CLOCK_TICKS;
}

/** Self time of the profile's last `seconds`, by package (or the app's bundle) and by function. */
export function summarizeProfile(file, seconds, top = 30) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const from = profile.endTime - seconds * 1e6;
  const byNode = new Map();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < from) return;
    byNode.set(id, (byNode.get(id) ?? 0) + delta);
    total += delta;
  });
  const owner = (url) => {
    if (!url) return '(V8: GC, native, idle)';
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (inPackage) return inPackage[1];
    if (url.includes('dist/apps/api/')) return 'VeriDesk (dist/apps/api)';
    return url.startsWith('node:') ? 'Node.js internals' : url;
  };
  const packages = new Map();
  const functions = new Map();
  for (const [id, time] of byNode) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const where = owner(url);
    packages.set(where, (packages.get(where) ?? 0) + time);
    const name = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${name}`);
  };
  print('Self time by package:', packages);
  print('Self time by function:', functions);
}
