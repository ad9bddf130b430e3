// Times the overview's two operations (portfolioSummary, the first 50 affectedStores within 30
// days) through the real ImpactService on a scale database, and writes EXPLAIN (ANALYZE, BUFFERS)
// of every query they send, run as the API runs them (role veridesk_app, app.agency_id set).
// Usage: npx ts-node -T -r tsconfig-paths/register -P apps/api/tsconfig.app.json \
//          apps/api/perf/impact-bench.ts <databaseUrl> <agencyId> [out.txt]
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { dateIn } from '@veridesk/domain';
import { ENTITIES } from '../src/database/entities';
import { dataSourceOptions } from '../src/engine/database/data-source-options';
import { ImpactService } from '../src/modules/impact/services/impact.service';

const [url, agencyId, out] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 60);

async function main() {
  const dataSource = new DataSource({ ...dataSourceOptions(url, ENTITIES, 2), logging: false });
  await dataSource.initialize();
  let captured: Array<[string, unknown[]]> | null = null;
  const db = {
    transaction: <T>(work: (manager: EntityManager) => Promise<T>) =>
      dataSource.transaction(async (manager) => {
        await manager.query(
          `SELECT set_config('role', 'veridesk_app', true), set_config('app.agency_id', $1, true)`,
          [agencyId],
        );
        const query = manager.query.bind(manager);
        manager.query = (async (sql: string, values?: unknown[]) => {
          captured?.push([sql, values ?? []]);
          return query(sql, values);
        }) as EntityManager['query'];
        return work(manager);
      }),
  };
  const [{ time_zone: timeZone }] = await dataSource.query(
    `SELECT time_zone FROM agencies WHERE id = $1`,
    [agencyId],
  );
  const clock = {
    current: async () => {
      const now = new Date();
      return { now, today: dateIn(now, timeZone), timeZone, expiryWarningDays: 30 };
    },
  };
  const impact = new ImpactService(
    db as never,
    clock as never,
    { register: () => undefined } as never,
  );
  const operations: Record<string, () => Promise<unknown>> = {
    portfolioSummary: () => impact.summary(30),
    affectedStores: () => impact.affectedStores({ withinDays: 30 }, { first: 50 }),
  };
  const report: string[] = [];
  for (const [name, run] of Object.entries(operations)) {
    for (let i = 0; i < 5; i++) await run(); // warm up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      await run();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((x, y) => x - y);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    const line = `${name}: p50 ${p(0.5).toFixed(2)} ms, p95 ${p(0.95).toFixed(2)} ms (${RUNS} runs)`;
    console.log(line);
    report.push(line);
  }
  for (const [name, run] of Object.entries(operations)) {
    captured = [];
    await run();
    const queries = captured as Array<[string, unknown[]]>;
    captured = null;
    for (const [sql, values] of queries) {
      if (/set_config|FROM "agencies"/.test(sql)) continue;
      const plan = await db.transaction((manager) =>
        manager.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values),
      );
      report.push(
        '',
        `=== ${name} ===`,
        sql.trim(),
        `-- parameters: ${JSON.stringify(values)}`,
        ...plan.map((row: Record<string, string>) => row['QUERY PLAN']),
      );
    }
  }
  if (out) writeFileSync(out, report.join('\n') + '\n');
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
