import 'pg';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '@veridesk/api/engine/config/configuration';
import { runScaleSeed, scaleSeedConfig } from './scale-seed.module';

/**
 * `npm run seed:scale -- --entities 5000 [--seed 1] [--managers 50] [--concurrency 8] [--tag x]
 * [--json]`: one realistic agency, seeded through the API's own services into DATABASE_URL
 * (migrated first, as the API does). Same seed, same data; see README, "Seeding at scale".
 */
async function main() {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '5000' },
      managers: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '8' },
      tag: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const number = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min)
      throw new ConfigurationError(`--${name} must be a whole number ≥ ${min}`);
    return value;
  };
  const report = await runScaleSeed(scaleSeedConfig(process.env), {
    entities: number('entities', 1),
    managers: number('managers', 0),
    seed: number('seed', 0),
    concurrency: number('concurrency', 1),
    emailTag: values.tag,
    onProgress: (line) => console.log(line),
  });
  console.log(
    `Seeded agency ${report.agencyId} (seed ${report.seed}, today ${report.today}) in ${report.seconds.toFixed(1)} s`,
  );
  console.log(`  login: ${report.owner.email} / ${report.owner.password}`);
  for (const [title, counts] of Object.entries({
    rows: report.counts,
    'case statuses': report.caseStatuses,
    'document expiries': report.documentExpiries,
    'store statuses': report.storeStatuses,
  })) {
    console.log(
      `  ${title}: ${Object.entries(counts)
        .map(([key, count]) => `${key} ${count}`)
        .join(', ')}`,
    );
  }
  if (values.json) console.log(JSON.stringify(report));
}

main().catch((error) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
