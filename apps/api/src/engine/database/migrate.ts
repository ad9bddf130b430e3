import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every replica.
const MIGRATION_LOCK_KEY = 7_214_530_661;

/**
 * Applies pending migrations under an advisory lock, so replicas booting together take turns
 * instead of racing to create the same tables.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }
}
