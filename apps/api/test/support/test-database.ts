import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the tests create their throwaway database on (trust auth as postgres by default). */
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function newDatabaseName(): string {
  return `veridesk_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export async function withAdminClient<T>(
  work: (client: Client) => Promise<T>,
  url = ADMIN_DATABASE_URL,
) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
