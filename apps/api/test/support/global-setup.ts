import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/database/entities';
import { dataSourceOptions } from '../../src/engine/database/data-source-options';
import { runMigrations } from '../../src/engine/database/migrate';
import { databaseUrl, newDatabaseName, withAdminClient } from './test-database';

/** One fresh database per run, migrated with the real migrations; every test file shares it. */
export default async function globalSetup() {
  const name = newDatabaseName();
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(name);
  const dataSource = new DataSource(dataSourceOptions(url, ENTITIES, 2));
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
  process.env.TEST_DATABASE_NAME = name;
  process.env.TEST_DATABASE_URL = url;
}
