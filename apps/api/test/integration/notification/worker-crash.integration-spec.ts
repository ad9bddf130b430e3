import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { QueueName } from '../../../src/engine/queue/queues';
import { copiesReceived, onceEach, queueTestDeliveries, sentCount } from '../../support/deliveries';
import { signUpAgency } from '../../support/fixtures';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { startTestApi, TestApi } from '../../support/test-api';

// The built worker (npm test builds before running jest), as production runs it.
const WORKER = join(__dirname, '../../../../../dist/apps/api/worker.js');
const COUNT = 12;

const smtp = new SmtpPeer();
const queuePrefix = `crash_${randomBytes(4).toString('hex')}`;
let api: TestApi;
let env: NodeJS.ProcessEnv;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, [WORKER], { env, stdio: 'ignore' });
  workers.push(child);
  return child;
}

beforeAll(async () => {
  if (!existsSync(WORKER))
    throw new Error(`Build the worker first (npx nx run api:build): ${WORKER} is missing`);
  const smtpUrl = await smtp.start();
  smtp.acceptDelayMs = 150;
  const shared = {
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: smtpUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
  };
  api = await startTestApi(shared);
  env = {
    ...process.env,
    ...shared,
    NODE_ENV: 'test',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
    SCHEDULED_JOBS: 'false',
    MAIL_LEASE_MS: '1500',
    QUEUE_STALLED_INTERVAL_MS: '1000',
    MAIL_RETRY_DELAY_MS: '200',
  };
});

afterAll(async () => {
  for (const child of workers) child.kill('SIGKILL');
  await api.app.get<Queue>(getQueueToken(QueueName.Notifications)).obliterate({ force: true });
  await api.close();
  await smtp.stop();
});

describe('a worker killed in the middle of a batch', () => {
  it('loses no email and sends none twice once a worker runs again', async () => {
    const databaseUrl = process.env.TEST_DATABASE_URL as string;
    const agency = await signUpAgency(api);
    const ids = await queueTestDeliveries({
      databaseUrl,
      queue: api.app.get<Queue>(getQueueToken(QueueName.Notifications)),
      owner: agency,
      count: COUNT,
      label: 'crash-test',
    });

    const first = startWorker();
    await eventually(() => smtp.inbox.length >= 3, 20_000);
    // Kill it mid-batch: messages on the wire that the server has not answered yet (held), and
    // every message it did accept recorded as SENT. (A worker killed between the server's 250 and
    // its own record would resend that one on restart — SMTP cannot close that gap; the resend
    // carries the same Message-ID, so a receiving system can recognise it.)
    smtp.hold();
    await eventually(
      async () => smtp.held.size > 0 && (await sentCount(databaseUrl, ids)) === smtp.inbox.length,
      20_000,
    );
    first.kill('SIGKILL');
    await eventually(() => smtp.heldSendersGone(), 10_000);
    smtp.release();
    const deliveredBeforeCrash = smtp.inbox.length;
    expect(deliveredBeforeCrash).toBeLessThan(COUNT);

    startWorker();
    await eventually(async () => (await sentCount(databaseUrl, ids)) === COUNT, 30_000);
    expect(copiesReceived(smtp, ids)).toEqual(onceEach(ids));
    expect(smtp.inbox).toHaveLength(COUNT);
  }, 60_000);
});
