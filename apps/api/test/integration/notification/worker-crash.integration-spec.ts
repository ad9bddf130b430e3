import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { QueueName } from '../../../src/engine/queue/queues';
import { signUpAgency } from '../../support/fixtures';
import { eventually, SmtpPeer } from '../../support/smtp-peer';
import { startTestApi, TestApi } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

// The built worker (npm test builds before running jest), as production runs it.
const WORKER = join(__dirname, '../../../../../dist/apps/api/worker.js');
const COUNT = 12;

const smtp = new SmtpPeer();
const queuePrefix = `crash_${randomBytes(4).toString('hex')}`;
let api: TestApi;
let env: NodeJS.ProcessEnv;
const workers: ChildProcess[] = [];

const sql = (text: string, values: unknown[] = []) =>
  withAdminClient((client) => client.query(text, values), process.env.TEST_DATABASE_URL);

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
    const agency = await signUpAgency(api);
    const ids: string[] = [];
    for (let n = 0; n < COUNT; n++) {
      const result = await sql(
        `INSERT INTO deliveries (agency_id, user_id, kind, dedupe_key, to_email, subject, text_body, html_body)
         VALUES ($1, $2, 'TEST', $3, $4, $5, 'body', '<p>body</p>') RETURNING id`,
        [agency.agencyId, agency.userId, `crash-test:${n}`, agency.email, `Batch message ${n}`],
      );
      ids.push(result.rows[0].id);
    }
    const queue = api.app.get<Queue>(getQueueToken(QueueName.Notifications));
    await queue.addBulk(
      ids.map((id) => ({
        name: 'send',
        data: { agencyId: agency.agencyId, deliveryId: id },
        opts: { jobId: `send:${id}:0`, attempts: 8, backoff: { type: 'exponential', delay: 200 } },
      })),
    );

    const first = startWorker();
    await eventually(() => smtp.inbox.length >= 3, 20_000);
    first.kill('SIGKILL'); // mid-batch: some messages in flight, the rest waiting
    const deliveredBeforeCrash = smtp.inbox.length;
    expect(deliveredBeforeCrash).toBeLessThan(COUNT);

    startWorker();
    await eventually(
      async () =>
        (
          await sql(
            `SELECT count(*)::int AS n FROM deliveries WHERE id = ANY($1) AND status = 'SENT'`,
            [ids],
          )
        ).rows[0].n === COUNT,
      30_000,
    );
    for (const id of ids) {
      const copies = smtp.inbox.filter((mail) => mail.data.includes(`<${id}@veridesk>`));
      expect({ id, copies: copies.length }).toEqual({ id, copies: 1 });
    }
    expect(smtp.inbox).toHaveLength(COUNT);
  }, 60_000);
});
