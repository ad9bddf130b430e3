import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { RuntimeOptions } from '../../src/app.module';
import { createApi } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/engine/config/configuration';
import { TestClock } from './test-clock';

export type GraphQLResponse<T = Record<string, any>> = {
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: {
      code?: string;
      fieldErrors?: Array<{ field: string; code: string; message: string }>;
      [key: string]: unknown;
    };
  }>;
};

export type TestApi = {
  app: INestApplication;
  url: string;
  config: AppConfig;
  /** The API's clock: set it to test time-dependent rules. */
  clock: TestClock;
  /** Posts one GraphQL operation; `as` is a bearer credential (access token or API key). */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T> & { status: number; headers: Headers }>;
  close(): Promise<void>;
};

/** Anything that posts GraphQL operations: a test API, or any API by its URL. */
export type GraphQLClient = Pick<TestApi, 'gql'>;

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is set by the jest global setup');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    RUN_MIGRATIONS: 'false',
    SCHEDULED_JOBS: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    ID_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    ID_HASH_KEY: randomBytes(32).toString('hex'),
    FILES_DIR:
      process.env.TEST_FILES_DIR ?? `/tmp/veridesk-test-files-${process.env.TEST_DATABASE_NAME}`,
    // Channels reach the local receivers of the tests; the SSRF tests turn it off.
    CHANNELS_ALLOW_PRIVATE_TARGETS: 'true',
    ...overrides,
  });
}

/** Boots the real API (real PostgreSQL, real Redis) on a free port. One per test file. */
export async function startTestApi(
  overrides: Record<string, string> = {},
  runtime: Omit<RuntimeOptions, 'clock'> = {},
): Promise<TestApi> {
  const config = testConfig(overrides);
  const clock = new TestClock();
  const app = await createApi(config, { ...runtime, clock });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return { app, url, config, clock, ...graphQLClient(url), close: () => app.close() };
}

/** Posts GraphQL operations to the API at `url` (a test API or a spawned process). */
export function graphQLClient(url: string): GraphQLClient {
  // Each client calls from its own address: failed credentials count per address in the shared
  // Redis, so one file's (or one run's) failures never throttle another's.
  const address = uniqueAddress();
  return {
    async gql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': address,
          ...(options.as ? { authorization: `Bearer ${options.as}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { ...body, status: response.status, headers: response.headers };
    },
  };
}

/** A unique, valid email for one test. */
export function uniqueEmail(label = 'user'): string {
  return `${label}.${Date.now().toString(36)}${randomBytes(3).toString('hex')}@example.com`;
}

/** A distinct client address per test, so per-address sign-in limits do not bleed between tests. */
export function uniqueAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}
