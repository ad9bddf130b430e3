// Playwright's web server: the built API (serving the built dashboard) and the worker, on a fresh
// database created for this run and dropped when Playwright stops it. E2E_NODE names the Node
// binary that runs them (tools/test.mjs boots them on Node 24 too); each prints the Node it runs.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const ROOT = new URL('../..', import.meta.url).pathname;
// The demo seeder is tooling, built apart from the API (nx run tools:bundle → dist/tools/demo.js).
const { seedDemo } = createRequire(import.meta.url)(join(ROOT, 'dist/tools/demo.js'));
const adminUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `veridesk_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const port = process.env.E2E_PORT ?? '3300';
const node = process.env.E2E_NODE || process.execPath;
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
if (!nodeVersion) throw new Error(`E2E_NODE=${node} does not run`);

/** Starts a built entry point on `node` and says which binary the running process executes. */
function start(name, script) {
  const child = spawn(node, [script], { cwd: ROOT, env, stdio: 'inherit' });
  let binary = node;
  try {
    binary = readlinkSync(`/proc/${child.pid}/exe`);
  } catch {}
  console.log(`[e2e] ${name} (pid ${child.pid}) runs Node ${nodeVersion}: ${binary}`);
  return child;
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE ${database}`);
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${database}`;

const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATABASE_URL: databaseUrl.toString(),
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  AUTH_SECRET: randomBytes(32).toString('hex'),
  ID_ENCRYPTION_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
  ID_HASH_KEY: randomBytes(32).toString('hex'),
  FILES_DIR: `/tmp/${database}-files`,
  DASHBOARD_DIR: join(ROOT, 'dist/apps/dashboard'),
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  // The channels journey's robots are local receivers on 127.0.0.1 (RULES.md "Channels", Targets).
  CHANNELS_ALLOW_PRIVATE_TARGETS: 'true',
};

const api = start('API', 'dist/apps/api/main.js');
let worker;
// Playwright waits on this address: it answers once the API is healthy and the demo agency exists.
const readyPort = Number(process.env.E2E_READY_PORT ?? Number(port) + 1);
let ready = false;
createServer((request, response) => {
  response.writeHead(ready ? 200 : 503).end(ready ? 'ready' : 'starting');
}).listen(readyPort, '127.0.0.1');

(async () => {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The demo agency (tools/demo/demo.ts) is the seeded agency the journeys sign in to.
  await seedDemo(`http://127.0.0.1:${port}`);
  // The worker starts once the API has applied the migrations.
  worker = start('worker', 'dist/apps/api/worker.js');
  worker.on('exit', (code) => {
    if (!stopping) {
      console.error(`Worker exited with ${code}`);
      stop();
    }
  });
  ready = true;
})().catch((error) => {
  console.error(error);
  stop();
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const exited = (child) =>
    new Promise((r) => (!child || child.exitCode !== null ? r() : child.once('exit', r)));
  api.kill('SIGTERM');
  worker?.kill('SIGTERM');
  await Promise.all([exited(api), exited(worker)]);
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`API exited with ${code}`);
    stop();
  }
});
