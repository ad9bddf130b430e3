// The TypeORM CLI's data source (migration:generate / migration:run / migration:revert).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../engine/database/data-source-options';
import { ENTITIES } from './entities';

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must be set for the migration CLI');

export default new DataSource(dataSourceOptions(process.env.DATABASE_URL, ENTITIES));
