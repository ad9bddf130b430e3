import { randomBytes } from 'node:crypto';
import Bull from 'bull';
import { QueueName } from '../../../src/engine/queue/queues';
import {
  BuiltApi,
  BuiltProcess,
  sharedSecrets,
  startBuiltApi,
  startBuiltWorker,
} from '../../support/built-processes';
import { copiesReceived, onceEach, queueTestDeliveries, sentCount } from '../../support/deliveries';
import { SignedUpAgency, signUpAgency } from '../../support/fixtures';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { GraphQLClient, graphQLClient } from '../../support/test-api';
import { ThrowawayPostgres, ThrowawayRedis } from '../../support/throwaway-services';

// The built API and worker on a PostgreSQL and a Redis of this file's own, which it stops and
// starts again under them — never the machine's shared servers.
const BOOT_MS = 60_000;
const smtp = new SmtpPeer();
const queuePrefix = `restarts_${randomBytes(4).toString('hex')}`;
let postgres: ThrowawayPostgres;
let redis: ThrowawayRedis;
let env: Record<string, string>;
let api: BuiltApi;
let client: GraphQLClient;
let owner: SignedUpAgency;
const started: BuiltProcess[] = [];

type Outcome = { at: number; ms: number; status: number; code?: string; message?: string };

/**
 * Keeps `streams` clients asking for the viewer and its agency back to back until stopped: the
 * agency is a read (`me { role }` alone is answered from the remembered credential).
 */
function steadyLoad(streams: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const at = Date.now();
      // A transport failure (no answer at all) is recorded as status 0.
      const outcome: Outcome = await client
        .gql('{ me { role agency { id } } }', {}, { as: owner.token })
        .then(
          (answer) => ({
            at,
            ms: Date.now() - at,
            status: answer.status,
            code: answer.errors?.[0]?.extensions?.code,
            message: answer.errors?.[0]?.message,
          }),
          (error: Error) => ({ at, ms: Date.now() - at, status: 0, message: error.message }),
        );
      outcomes.push(outcome);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const loops = Array.from({ length: streams }, loop);
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

const health = async () => {
  const response = await fetch(`${api.url}/health`);
  return { status: response.status, body: await response.json() };
};

beforeAll(async () => {
  [postgres, redis] = await Promise.all([ThrowawayPostgres.create(), ThrowawayRedis.create()]);
  env = {
    ...sharedSecrets(),
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: await smtp.start(),
    RUN_MIGRATIONS: 'true',
    // Unexpected errors are logged: shown if a request fails in an unforeseen way.
    LOG_LEVEL: 'error',
    SCHEDULED_JOBS: 'false',
    MAIL_LEASE_MS: '1500',
    MAIL_RETRY_DELAY_MS: '200',
    QUEUE_STALLED_INTERVAL_MS: '1000',
  };
  api = await startBuiltApi(env, BOOT_MS);
  started.push(api);
  client = graphQLClient(api.url);
  owner = await signUpAgency(client);
}, BOOT_MS + 30_000);

afterAll(async () => {
  await Promise.all(started.map((process) => process.stop('SIGKILL')));
  await smtp.stop();
  await Promise.all([postgres?.destroy(), redis?.destroy()]);
});

describe('PostgreSQL restarted under load', () => {
  it('fails requests cleanly with SERVICE_UNAVAILABLE while it is down, and serves again once it is back, without restarting the API', async () => {
    const load = steadyLoad(4);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    await postgres.stop();
    const downAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const whileDown = await health();
    await postgres.start();
    const upAt = Date.now();
    const recovered = (await eventually(
      () => load.outcomes.find((outcome) => outcome.at >= upAt && outcome.status === 200),
      15_000,
    )) as Outcome;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await load.stop();

    const during = load.outcomes.filter(
      (outcome) => outcome.at >= downAt && outcome.at + outcome.ms < upAt,
    );
    expect(during.length).toBeGreaterThan(20);
    // Every answer is served, or SERVICE_UNAVAILABLE with nothing about the database: 503 when the
    // credential lookup failed before GraphQL ran, 200 beside `data` when a resolver's query did.
    const unexpected = load.outcomes.filter(
      (outcome) =>
        !(outcome.status === 200 && !outcome.code) &&
        !(
          [200, 503].includes(outcome.status) &&
          outcome.code === 'SERVICE_UNAVAILABLE' &&
          outcome.message === 'The service is temporarily unavailable. Try again shortly.'
        ),
    );
    expect({ unexpected, errorsLogged: unexpected.length ? api.output() : '' }).toEqual({
      unexpected: [],
      errorsLogged: '',
    });
    expect(during.every((outcome) => outcome.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(Math.max(...load.outcomes.map((outcome) => outcome.ms))).toBeLessThan(6000);
    expect(whileDown.status).toBe(503);
    expect(whileDown.body.details?.postgres?.status).toBe('down');
    // The endpoint is public: a probe's error would name the database's host and port.
    expect(JSON.stringify(whileDown.body)).not.toMatch(
      new RegExp(`ECONNREFUSED|${new URL(postgres.url).port}`),
    );

    expect(recovered.at + recovered.ms - upAt).toBeLessThan(10_000);
    expect(load.outcomes.slice(-8).every((outcome) => outcome.status === 200)).toBe(true);
    expect((await health()).status).toBe(200);
    expect(api.child.exitCode).toBeNull();
  }, 60_000);
});

describe('Redis restarted while the worker sends a batch', () => {
  it(
    'loses no job and sends none twice, without restarting the worker or the API',
    async () => {
      const count = 16;
      const queue = new Bull(QueueName.Notifications, { redis: redis.url, prefix: queuePrefix });
      const ids = await queueTestDeliveries({
        databaseUrl: postgres.url,
        queue,
        owner,
        count,
        label: 'Restart',
      });
      await queue.close();
      smtp.acceptDelayMs = 400;

      const worker = startBuiltWorker(env);
      started.push(worker);
      await eventually(() => smtp.inbox.length >= 4, BOOT_MS);
      await redis.stop();
      const sentBeforeRestart = smtp.inbox.length;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect((await health()).body.details?.redis?.status).toBe('down');
      await redis.start();

      // The worker reconnects by itself; the jobs caught mid-send run again and find them sent.
      await eventually(async () => (await sentCount(postgres.url, ids)) === count, 45_000);
      expect(copiesReceived(smtp, ids)).toEqual(onceEach(ids));
      expect(sentBeforeRestart).toBeLessThan(count);
      expect(worker.child.exitCode).toBeNull();
      expect(api.child.exitCode).toBeNull();
      await eventually(async () => (await health()).status === 200, 10_000);
      const after = await client.gql('{ me { role } }', {}, { as: owner.token });
      expect(after.data?.me.role).toBe('OWNER');
    },
    2 * BOOT_MS,
  );
});
