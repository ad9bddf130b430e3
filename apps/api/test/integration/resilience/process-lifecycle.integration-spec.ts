import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import Bull from 'bull';
import { QueueName } from '../../../src/engine/queue/queues';
import {
  BuiltApi,
  BuiltProcess,
  sharedSecrets,
  startBuiltApi,
  startBuiltWorker,
} from '../../support/built-processes';
import { copiesReceived, onceEach, queueTestDeliveries } from '../../support/deliveries';
import { SignedUpAgency, signUpAgency } from '../../support/fixtures';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { graphQLClient } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';
import { ThrowawayRedis } from '../../support/throwaway-services';

// The built API and worker, as production runs them, on this run's database and the shared Redis
// under this file's own queue prefix. Boot times are generous: CI shares two cores.
const BOOT_MS = 60_000;
const smtp = new SmtpPeer();
const queuePrefix = `lifecycle_${randomBytes(4).toString('hex')}`;
const queue = new Bull(QueueName.Notifications, {
  redis: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  prefix: queuePrefix,
});
const started: BuiltProcess[] = [];
let env: Record<string, string>;
let api: BuiltApi;
let owner: SignedUpAgency;

const sql = (text: string, values: unknown[] = []) =>
  withAdminClient((client) => client.query(text, values), process.env.TEST_DATABASE_URL);

/** Resolves with the exit code once the process has exited by itself. */
async function exitCode(process: BuiltProcess): Promise<number | null> {
  await eventually(
    () => process.child.exitCode !== null || process.child.signalCode !== null,
    BOOT_MS,
  );
  return process.child.exitCode;
}

/** Whether a new TCP connection to the API's port is refused. */
const refusesConnections = (url: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

beforeAll(async () => {
  env = {
    ...sharedSecrets(),
    DATABASE_URL: process.env.TEST_DATABASE_URL as string,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: await smtp.start(),
    SCHEDULED_JOBS: 'false',
    MAIL_LEASE_MS: '20000',
    QUEUE_STALLED_INTERVAL_MS: '1000',
  };
  api = await startBuiltApi(env, BOOT_MS);
  started.push(api);
  owner = await signUpAgency(graphQLClient(api.url));
}, BOOT_MS + 10_000);

afterAll(async () => {
  await Promise.all(started.map((process) => process.stop('SIGKILL')));
  await queue.obliterate({ force: true });
  await queue.close();
  await smtp.stop();
});

describe('SIGTERM to the worker', () => {
  it(
    'finishes its active jobs, leaves none active, exits 0, and the rest run on the next worker',
    async () => {
      const ids = await queueTestDeliveries({
        databaseUrl: process.env.TEST_DATABASE_URL as string,
        queue,
        owner,
        count: 6,
        label: 'Shutdown',
      });
      smtp.acceptDelayMs = 2000;

      const worker = startBuiltWorker(env);
      started.push(worker);
      // The worker sends several at a time: catch it with some in flight and the rest waiting.
      await eventually(async () => (await queue.getJobCounts()).active >= 4, BOOT_MS);
      worker.child.kill('SIGTERM');
      expect(await exitCode(worker)).toBe(0);

      // What was in flight finished and was sent; nothing is left active; the rest still waits.
      const counts = await queue.getJobCounts();
      expect(counts.active).toBe(0);
      expect(counts.completed).toBeGreaterThanOrEqual(4);
      expect(counts.completed + counts.waiting).toBe(6);
      expect(smtp.to(owner.email)).toHaveLength(counts.completed);

      smtp.acceptDelayMs = 0;
      const next = startBuiltWorker(env);
      started.push(next);
      await eventually(async () => (await queue.getJobCounts()).completed === 6, BOOT_MS);
      expect(copiesReceived(smtp, ids)).toEqual(onceEach(ids));
      next.child.kill('SIGTERM');
      expect(await exitCode(next)).toBe(0);
    },
    3 * BOOT_MS,
  );
});

describe('a Redis that may evict keys', () => {
  it(
    'stops the worker at boot with one line naming the policy and the fix; the API warns',
    async () => {
      const redis = await ThrowawayRedis.create(['--maxmemory-policy', 'allkeys-lru']);
      try {
        const worker = startBuiltWorker({ ...env, REDIS_URL: redis.url });
        started.push(worker);
        expect(await exitCode(worker)).toBe(1);
        const lines = worker.output().trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/maxmemory-policy is "allkeys-lru".*noeviction/);

        const warned = await startBuiltApi(
          { ...env, REDIS_URL: redis.url, LOG_LEVEL: 'warn' },
          BOOT_MS,
        );
        started.push(warned);
        await warned.stop();
        expect(warned.output()).toContain('maxmemory-policy is \\"allkeys-lru\\"');
      } finally {
        await redis.destroy();
      }
    },
    2 * BOOT_MS,
  );
});

describe('SIGTERM to the API', () => {
  it(
    'refuses new connections, finishes the requests in flight with 200, and exits 0',
    async () => {
      const client = graphQLClient(api.url);
      // sendTestDigest talks to SMTP inside the request: a slow mail server makes a slow request.
      smtp.acceptDelayMs = 3000;
      let settled = 0;
      const inFlight = [1, 2].map(() =>
        client.gql('mutation { sendTestDigest }', {}, { as: owner.token }).finally(() => settled++),
      );
      await eventually(
        async () =>
          (
            await sql(
              `SELECT count(*)::int AS n FROM deliveries WHERE user_id = $1 AND kind = 'TEST' AND status = 'SENDING'`,
              [owner.userId],
            )
          ).rows[0].n === 2,
        BOOT_MS,
      );

      api.child.kill('SIGTERM');
      await eventually(() => refusesConnections(api.url), 2500);
      expect(settled).toBe(0);

      const answers = await Promise.all(inFlight);
      expect(answers.map((answer) => [answer.status, answer.data?.sendTestDigest])).toEqual([
        [200, true],
        [200, true],
      ]);
      expect(await exitCode(api)).toBe(0);
      expect(
        smtp.to(owner.email).filter((mail) => !/Shutdown message/.test(mail.data)),
      ).toHaveLength(2);
    },
    2 * BOOT_MS,
  );
});
