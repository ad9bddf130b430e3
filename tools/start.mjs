#!/usr/bin/env node
// `npm start`: the whole product on one machine with no configuration — PostgreSQL (embedded when
// DATABASE_URL is unset), Redis, the API serving the dashboard, and the worker.
// Flags: --demo (or DEMO=1) seeds a demo agency; --no-build reuses dist/.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  DATA_DIR,
  ROOT,
  ensureRedis,
  fail,
  log,
  persistentSecret,
  startEmbeddedPostgres,
  waitForHealth,
} from './services.mjs';

const args = new Set(process.argv.slice(2));
const demo = args.has('--demo') || ['1', 'true', 'yes'].includes(process.env.DEMO ?? '');
const children = [];
let embedded = null;

let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  // Last started, first stopped: the worker finishes its jobs while Redis and PostgreSQL still run.
  for (const child of [...children].reverse()) {
    const exited = new Promise((r) =>
      child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r),
    );
    child.kill('SIGTERM');
    await exited;
  }
  if (embedded) await embedded.stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

function run(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    // Asked to stop, the API and worker finish their work and exit 0.
    if (!stopping) {
      console.error(`[veridesk] ${name} exited (${code ?? signal}); stopping.`);
      shutdown(code || 1);
    }
  });
  children.push(child);
  return child;
}

async function main() {
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
  env.PORT ??= '3000';
  env.PUBLIC_URL ??= `http://localhost:${env.PORT}`;
  env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  env.DASHBOARD_DIR ??= join(ROOT, 'dist/apps/dashboard');

  if (!env.DATABASE_URL) {
    log('DATABASE_URL is not set: starting the embedded PostgreSQL…');
    const started = await startEmbeddedPostgres();
    embedded = started.postgres;
    env.DATABASE_URL = started.url;
    log(
      `Embedded PostgreSQL on 127.0.0.1:54329, database "veridesk", data in ${join(DATA_DIR, 'postgres')}`,
    );
  }
  const redis = await ensureRedis(env.REDIS_URL);
  if (redis) children.push(redis);
  if (!env.AUTH_SECRET) {
    env.AUTH_SECRET = persistentSecret('auth-secret');
    log(`AUTH_SECRET is not set: using the one generated in ${join(DATA_DIR, 'auth-secret')}`);
  }
  if (!env.ID_ENCRYPTION_KEYS) {
    env.ID_ENCRYPTION_KEYS = `local1:${Buffer.from(persistentSecret('id-encryption-key'), 'hex').toString('base64')}`;
    env.ID_HASH_KEY ??= persistentSecret('id-hash-key');
    log(
      `ID_ENCRYPTION_KEYS is not set: using the key generated in ${join(DATA_DIR, 'id-encryption-key')}`,
    );
  }
  env.FILES_DIR ??= join(DATA_DIR, 'files');

  if (!args.has('--no-build')) {
    log(`Building the API and the dashboard${demo ? ' (and the demo seeder)' : ''}…`);
    const build = spawnSync(
      'npx',
      ['nx', 'run-many', '-t', 'build', '--projects=api,dashboard', '--output-style=stream'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) fail('The build failed.');
    // The demo seeder is tooling (dist/tools), not part of the API bundle.
    if (
      demo &&
      spawnSync('npx', ['nx', 'run', 'tools:bundle', '--output-style=stream'], {
        cwd: ROOT,
        stdio: 'inherit',
      }).status !== 0
    )
      fail('The build failed.');
  }

  run('API', 'dist/apps/api/main.js', env);
  await waitForHealth(`http://127.0.0.1:${env.PORT}`);
  run('worker', 'dist/apps/api/worker.js', env);

  if (demo) {
    const { seedDemo } = createRequire(import.meta.url)(join(ROOT, 'dist/tools/demo.js'));
    const login = await seedDemo(`http://127.0.0.1:${env.PORT}`);
    log(`Demo agency ready — sign in as ${login.email} / ${login.password}`);
  }
  log(
    `Dashboard: ${env.PUBLIC_URL}   GraphQL: ${env.PUBLIC_URL}/graphql   (Ctrl-C stops everything)`,
  );
}

main().catch((error) => {
  console.error(error);
  shutdown(1);
});
