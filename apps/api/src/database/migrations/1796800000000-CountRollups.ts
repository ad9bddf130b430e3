import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY = '(SELECT veridesk_current_agency())';

/** A rollup of a counter table: its keys but the date, the date cut to a bucket. */
type Rollup = {
  table: string;
  counter: string;
  keys: Array<[string, string]>;
  /** The counter's date column, and the rollup's bucket column, type and expression. */
  dated: string;
  bucket: [string, string, (value: string) => string];
  count: string;
};

const month = (value: string) => `date_trunc('month', ${value})::date`;
const ROLLUPS: Rollup[] = [
  {
    table: 'store_impact_month_counts',
    counter: 'store_impact_counts',
    keys: [
      ['site', 'text'],
      ['flagged', 'boolean'],
      ['restricted', 'boolean'],
    ],
    dated: 'expires_on',
    bucket: ['expires_month', 'date', month],
    count: 'stores',
  },
  {
    table: 'document_month_counts',
    counter: 'document_expiry_counts',
    keys: [
      ['site', 'text'],
      ['type', 'text'],
    ],
    dated: 'expires_on',
    bucket: ['expires_month', 'date', month],
    count: 'documents',
  },
  {
    table: 'case_day_counts',
    counter: 'case_deadline_counts',
    keys: [
      ['phase', 'text'],
      ['site', 'text'],
    ],
    dated: 'deadline_hour',
    bucket: ['deadline_day', 'timestamptz', (value) => `date_trunc('day', ${value}, 'UTC')`],
    count: 'cases',
  },
];

/**
 * portfolioSummary still grew 1.4–1.7× from 5,000 to 50,000 entities: its sums read one counter
 * row per distinct date (or hour) in use — every store_impact_counts row for the per-site totals,
 * every past expiry date for the expired documents, every past hour for the overdue cases — and a
 * bigger portfolio fills in more of the calendar. Each dated counter now has a rollup per month (per
 * UTC day for the case hours), kept by a statement-level trigger on the counter itself: whatever
 * writes a counter (the fold at commit, veridesk_recount) moves its rollup in the same statement, so
 * the rollup is exact whenever the counter is, and locks its rows after the counter's, keys in
 * order (the fold's lock order stays total). A sum up to a date is then whole months from the rollup
 * plus the days of one month from the counter (engine/database/counter-sums.sql.ts: countBeforeSql).
 * veridesk_rollup_drift() recomputes every rollup from its counter and lists the rows that differ.
 */
export class CountRollups1796800000000 implements MigrationInterface {
  name = 'CountRollups1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    for (const { table, counter, keys, dated, bucket, count } of ROLLUPS) {
      const [bucketColumn, bucketType, bucketOf] = bucket;
      const names = [...keys.map(([name]) => name), bucketColumn];
      const columns = ['agency_id', ...names];
      const list = (prefix: string) => columns.map((column) => `${prefix}${column}`).join(', ');
      const definitions = [...keys, [bucketColumn, bucketType]]
        .map(([name, type]) => `"${name}" ${type} NOT NULL`)
        .join(', ');
      await queryRunner.query(
        `CREATE TABLE "${table}" ("agency_id" uuid NOT NULL, ${definitions}, "${count}" integer NOT NULL, CONSTRAINT "PK_${table}" PRIMARY KEY (${columns.map((column) => `"${column}"`).join(', ')}))`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "FK_${table}_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY tenant_isolation ON ${table} TO veridesk_app
        USING (agency_id = ${AGENCY})
        WITH CHECK (agency_id = ${AGENCY})`);
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO veridesk_app`);

      // A counter row as its rollup key and delta.
      const rows = (alias: string, sign: string) =>
        `SELECT ${alias}.agency_id, ${keys.map(([key]) => `${alias}.${key}`).join(', ')},
                ${bucketOf(`${alias}.${dated}`)} AS ${bucketColumn}, ${sign}${alias}.${count} AS delta`;
      const move = (moved: string) => `
          INSERT INTO ${table} AS r (${list('')}, ${count})
          SELECT ${list('')}, sum(delta)::int FROM (${moved}) moved
           GROUP BY ${list('')} HAVING sum(delta) <> 0 ORDER BY ${list('')}
          ON CONFLICT (${list('')}) DO UPDATE SET ${count} = r.${count} + excluded.${count};
          DELETE FROM ${table} r USING (SELECT DISTINCT ${list('')} FROM (${moved}) moved) z
           WHERE (${list('r.')}) = (${list('z.')}) AND r.${count} = 0;`;
      const fn = `veridesk_rollup_${counter}`;
      await queryRunner.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN ${move(`${rows('n', '')} FROM new_rows n`)}
          ELSIF TG_OP = 'DELETE' THEN ${move(`${rows('o', '-')} FROM old_rows o`)}
          ELSE ${move(`${rows('n', '')} FROM new_rows n UNION ALL ${rows('o', '-')} FROM old_rows o`)}
          END IF;
          RETURN NULL;
        END $$`);
      for (const [event, transition] of [
        ['INSERT', 'NEW TABLE AS new_rows'],
        ['UPDATE', 'NEW TABLE AS new_rows OLD TABLE AS old_rows'],
        ['DELETE', 'OLD TABLE AS old_rows'],
      ]) {
        await queryRunner.query(`
          CREATE TRIGGER rollup_after_${counter}_${event.toLowerCase()} AFTER ${event} ON ${counter}
          REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
      // Backfill, every agency's (as the owner).
      await queryRunner.query(`
        INSERT INTO ${table} (${list('')}, ${count})
        SELECT ${list('')}, sum(delta)::int FROM (${rows('c', '')} FROM ${counter} c) moved
         GROUP BY ${list('')} HAVING sum(delta) <> 0`);
      await queryRunner.query(`ANALYZE ${table}`);
    }
    // Every rollup row against its counter's rows summed: (rollup, agency, 3 key slots, stored, expected).
    const drift = ROLLUPS.map(({ table, counter, keys, dated, bucket, count }) => {
      const [bucketColumn, , bucketOf] = bucket;
      const slots = [...keys.map(([key]) => `${key}::text`), `${bucketColumn}::text`, "''", "''"]
        .slice(0, 4)
        .map((slot, i) => `${slot} AS k${i + 1}`)
        .join(', ');
      const expected = `SELECT agency_id, ${keys.map(([key]) => key).join(', ')}, ${bucketOf(dated)} AS ${bucketColumn}, sum(${count})::int AS n
          FROM ${counter} GROUP BY 1, ${keys.map((_, i) => i + 2).join(', ')}, ${keys.length + 2}`;
      return `SELECT '${table}'::text AS rollup, agency_id, k1, k2, k3, k4, s.n AS stored, e.n AS expected
          FROM (SELECT agency_id, ${slots}, ${count} AS n FROM ${table}) s
          FULL JOIN (SELECT agency_id, ${slots}, n FROM (${expected}) x) e USING (agency_id, k1, k2, k3, k4)
         WHERE s.n IS DISTINCT FROM e.n`;
    }).join(' UNION ALL ');
    await queryRunner.query(`
      CREATE FUNCTION veridesk_rollup_drift()
      RETURNS TABLE (rollup text, agency_id uuid, k1 text, k2 text, k3 text, k4 text, stored int, expected int)
      LANGUAGE sql STABLE AS $$ ${drift} ORDER BY 1, 2, 3, 4, 5, 6 $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(`DROP FUNCTION veridesk_rollup_drift()`);
    for (const { table, counter } of [...ROLLUPS].reverse()) {
      for (const event of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER rollup_after_${counter}_${event} ON ${counter}`);
      }
      await queryRunner.query(`DROP FUNCTION veridesk_rollup_${counter}()`);
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
