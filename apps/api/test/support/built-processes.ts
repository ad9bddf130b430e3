import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from './smtp-peer';

// The production bundle (`npx nx run api:bundle`; npm test builds before running jest).
const DIST = join(__dirname, '../../../../dist/apps/api');
export const BUILT_API = join(DIST, 'main.js');
export const BUILT_WORKER = join(DIST, 'worker.js');

export type BuiltProcess = {
  child: ChildProcess;
  /** What the process printed (the last 20 kB), to explain a failure. */
  output(): string;
  /** SIGTERM (or the given signal), then resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export type BuiltApi = BuiltProcess & { url: string };

/** The secrets a set of processes must share (tokens, ID numbers, unsubscribe links). */
export function sharedSecrets(): Record<string, string> {
  return {
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
  };
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startBuilt(script: string, env: Record<string, string>): BuiltProcess {
  if (!existsSync(script))
    throw new Error(`Build the API first (npx nx run api:bundle): ${script} is missing`);
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Starts the built API on a free port and resolves once /health answers. */
export async function startBuiltApi(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<BuiltApi> {
  const port = await freePort();
  const started = startBuilt(BUILT_API, { PORT: String(port), ...env });
  const url = `http://127.0.0.1:${port}`;
  try {
    await eventually(async () => {
      if (started.child.exitCode !== null) throw new Error('exited');
      return (await fetch(`${url}/health`)).ok;
    }, timeoutMs);
  } catch {
    await started.stop('SIGKILL');
    throw new Error(`The built API did not become healthy at ${url}:\n${started.output()}`);
  }
  return { ...started, url };
}

/** Starts the built worker (it has no port; it is up once it logs, or once it works). */
export function startBuiltWorker(env: Record<string, string>): BuiltProcess {
  return startBuilt(BUILT_WORKER, env);
}
