import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bull';
import { WorkerModule } from '../../../src/app.module';
import { QueueName } from '../../../src/engine/queue/queues';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { startTestApi, TestApi, testConfig } from '../../support/test-api';
import { withAdminClient } from '../../support/test-database';

const queuePrefix = `test_${randomBytes(4).toString('hex')}`;
let api: TestApi;
let worker: INestApplicationContext;
let a: SignedUpAgency;
let b: SignedUpAgency;

const sql = (text: string, values: unknown[] = []) =>
  withAdminClient((client) => client.query(text, values), process.env.TEST_DATABASE_URL);

beforeAll(async () => {
  api = await startTestApi({ QUEUE_PREFIX: queuePrefix });
  worker = await NestFactory.createApplicationContext(
    WorkerModule.register(
      // The maintenance tick only: the channel tick would look at every agency of the shared
      // database, other files' channels included.
      testConfig({ QUEUE_PREFIX: queuePrefix, SCHEDULED_JOBS: 'true', CHANNELS_TICK_MS: '0' }),
    ),
    { logger: false },
  );
  await worker.init();
  a = await signUpAgency(api);
  b = await signUpAgency(api);
});

afterAll(async () => {
  const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
  await queue.obliterate({ force: true });
  await worker.close();
  await api.close();
});

async function finished(queue: Queue, jobId: string) {
  const job = await queue.getJob(jobId);
  if (!job) throw new Error(`job ${jobId} missing`);
  return job.finished();
}

describe('maintenance worker', () => {
  it('deletes the ZIP of a data export past its 24 hours, not of a live one', async () => {
    const files = api.config.FILES_DIR;
    const keys = [`${a.agencyId}/exports/old.zip`, `${a.agencyId}/exports/new.zip`];
    await mkdir(join(files, a.agencyId, 'exports'), { recursive: true });
    for (const key of keys) await writeFile(join(files, key), 'PK');
    await sql(
      `INSERT INTO data_exports (agency_id, status, ready_at, expires_at, size_bytes, storage_key)
       VALUES ($1, 'READY', now() - interval '25 hours', now() - interval '1 hour', 2, $2),
              ($1, 'READY', now(), now() + interval '24 hours', 2, $3)`,
      [a.agencyId, ...keys],
    );
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
    const job = await queue.add('purge-expired-credentials', { agencyId: a.agencyId });
    expect(await finished(queue, String(job.id))).toMatchObject({ exports: 1 });
    expect(existsSync(join(files, keys[0]))).toBe(false);
    expect(existsSync(join(files, keys[1]))).toBe(true);
    const { rows } = await sql(
      `SELECT storage_key FROM data_exports WHERE agency_id = $1 ORDER BY expires_at`,
      [a.agencyId],
    );
    expect(rows.map((row) => row.storage_key)).toEqual([null, keys[1]]);
  });

  it('purges only the long-expired sessions of the agency its job names', async () => {
    // A session of each agency that ended 40 days ago, and A's live one from sign-up.
    for (const agency of [a, b]) {
      await sql(
        `INSERT INTO sessions (agency_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() - interval '40 days')`,
        [agency.agencyId, agency.userId, randomBytes(16).toString('hex')],
      );
    }
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
    const job = await queue.add('purge-expired-credentials', { agencyId: a.agencyId });
    const result = await finished(queue, String(job.id));
    expect(result).toEqual({ sessions: 1, invitations: 0, exports: 0 });

    const remaining = await sql(
      `SELECT agency_id::text, expires_at < now() AS expired FROM sessions WHERE agency_id = ANY($1) ORDER BY agency_id`,
      [[a.agencyId, b.agencyId]],
    );
    const byAgency = (id: string) => remaining.rows.filter((row) => row.agency_id === id);
    expect(byAgency(a.agencyId).map((row) => row.expired)).toEqual([false]);
    expect(
      byAgency(b.agencyId)
        .map((row) => row.expired)
        .sort(),
    ).toEqual([false, true]);
  });

  it('registers its daily tick once, however many workers start', async () => {
    const second = await NestFactory.createApplicationContext(
      WorkerModule.register(
        // The maintenance tick only: the channel tick would look at every agency of the shared
        // database, other files' channels included.
        testConfig({ QUEUE_PREFIX: queuePrefix, SCHEDULED_JOBS: 'true', CHANNELS_TICK_MS: '0' }),
      ),
      { logger: false },
    );
    await second.init();
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
    const repeatable = await queue.getRepeatableJobs();
    await second.close();
    expect(repeatable.filter((job) => job.name === 'purge-expired-credentials-tick')).toHaveLength(
      1,
    );
  });
});
