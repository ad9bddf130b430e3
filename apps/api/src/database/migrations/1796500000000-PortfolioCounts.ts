import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY = '(SELECT veridesk_current_agency())';
/** The manager key of an unassigned entity (manager_id is NULL, which a primary key cannot hold). */
const UNASSIGNED = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** A counter table: its key columns (after agency_id) and its count column. */
type Counter = { table: string; name: string; keys: Array<[string, string]>; count: string };

// Every counter holds, per agency and key, how many rows have that key. Keys of the portfolio's
// time-dependent filters are dates or hours ("infinity" = none), so a count at any "today" or "now"
// is a sum over a range of distinct dates, whatever the number of rows behind them.
const COUNTERS: Counter[] = [
  {
    // Seller entities per manager (UNASSIGNED for none), live and archived.
    table: 'entity_counts',
    name: 'entity',
    keys: [
      ['manager_key', 'uuid'],
      ['archived', 'boolean'],
    ],
    count: 'entities',
  },
  {
    // Documents of live entities by expiry and type. Site "*" counts every document once, "" the
    // documents for every site (sites = '{}'), any other value the documents naming that site, so
    // a site filter is the sum of "" and that site. "#" and the key: the same documents whatever
    // their expiry (dated -infinity).
    table: 'document_expiry_counts',
    name: 'document',
    keys: [
      ['site', 'text'],
      ['expires_on', 'date'],
      ['type', 'text'],
    ],
    count: 'documents',
  },
  {
    // Cases of live entities by phase (PASSED, CANCELLED, or open: BOOKED, FAILED, AWAITING), the
    // UTC hour their deadline falls in (infinity once closed) and site. The status at "now" is a
    // phase plus which side of now the deadline is: whole hours from here, the current hour's few
    // cases from verification_cases.
    table: 'case_deadline_counts',
    name: 'case',
    keys: [
      ['phase', 'text'],
      ['deadline_hour', 'timestamptz'],
      ['site', 'text'],
    ],
    count: 'cases',
  },
  {
    // store_impacts rows (the stores of live entities) by site, flagged, restricted and earliest
    // expiry (infinity when flagged or none: a flagged store is affected whatever its expiry).
    table: 'store_impact_counts',
    name: 'store',
    keys: [
      ['site', 'text'],
      ['flagged', 'boolean'],
      ['restricted', 'boolean'],
      ['expires_on', 'date'],
    ],
    count: 'stores',
  },
];

const keysOf = (counter: string) =>
  (COUNTERS.find((candidate) => candidate.name === counter) as Counter).keys.map(([key]) => key);

/** Four key slots of a delta entry: the counter's keys, then '' for the slots it does not use. */
const slots = (keys: string[]) => [...keys, "''", "''", "''"].slice(0, 4);

/**
 * Records the deltas of `moved` (rows of agency_id, the counter's key columns and delta), summed per
 * key, as entries [counter, agency_id, key 1..4, delta] for the fold.
 */
const record = (counter: string, moved: string) => {
  const keys = keysOf(counter);
  return `
        PERFORM veridesk_counts_add((
          SELECT jsonb_agg(jsonb_build_array('${counter}', agency_id, ${slots(keys).join(', ')}, delta))
            FROM (SELECT agency_id, ${keys.join(', ')}, sum(delta)::int AS delta
                    FROM (${moved}) moved
                   GROUP BY agency_id, ${keys.join(', ')} HAVING sum(delta) <> 0) summed))`;
};

// The rules, as SQL over a row alias. The same rules as the services' direct counts
// (document-status.sql.ts, case-status.sql.ts: casePhaseSql); a migration is history and cannot
// import living code, so portfolio-counts.integration-spec compares both after every kind of write.
const live = (row: string) =>
  `EXISTS (SELECT 1 FROM seller_entities e
            WHERE e.agency_id = ${row}.agency_id AND e.id = ${row}.seller_entity_id AND e.archived_at IS NULL)`;
const attempted = (c: string) =>
  `EXISTS (SELECT 1 FROM attempts a WHERE a.agency_id = ${c}.agency_id AND a.case_id = ${c}.id)`;
const phase = (c: string, isAttempted: string) => `CASE
          WHEN ${c}.passed_at IS NOT NULL THEN 'PASSED' WHEN ${c}.cancelled_at IS NOT NULL THEN 'CANCELLED'
          WHEN ${c}.appointment_starts_at IS NOT NULL THEN 'BOOKED'
          WHEN ${isAttempted} THEN 'FAILED' ELSE 'AWAITING' END`;
const deadlineHour = (c: string) => `CASE
          WHEN ${c}.passed_at IS NOT NULL OR ${c}.cancelled_at IS NOT NULL THEN 'infinity'::timestamptz
          ELSE date_trunc('hour', ${c}.deadline_at, 'UTC') END`;
/** A case row `c` as (agency_id, site, phase, deadline_hour, delta). */
const caseRow = (c: string, delta: string, isAttempted = attempted(c)) =>
  `SELECT ${c}.agency_id, ${c}.site, ${phase(c, isAttempted)} AS phase, ${deadlineHour(c)} AS deadline_hour, ${delta} AS delta`;
/**
 * Document rows (agency_id, type, sites, expires_on, delta) as their counter keys: per site key,
 * one by expiry date and one in the site key's total ("#" + the key, dated -infinity), so a count
 * without a date reads a row per type instead of every date.
 */
const documentKeys = (documents: string) => `
          SELECT d.agency_id, t.site, t.expires_on, d.type, d.delta
            FROM (${documents}) d
            CROSS JOIN LATERAL (SELECT '*' AS site UNION SELECT '' WHERE d.sites = '{}'
                                UNION SELECT unnest(d.sites)) k
            CROSS JOIN LATERAL (VALUES (k.site, coalesce(d.expires_on, 'infinity'::date)),
                                       ('#' || k.site, '-infinity'::date)) t (site, expires_on)`;
const storeRow = (s: string, delta: string) =>
  `SELECT ${s}.agency_id, ${s}.site, ${s}.flagged, ${s}.restricted,
          CASE WHEN ${s}.flagged OR ${s}.expires_on IS NULL THEN 'infinity'::date ELSE ${s}.expires_on END AS expires_on,
          ${delta} AS delta`;

// The columns of an updated row that its counter keys (or its entity) depend on.
const DOCUMENT_COLUMNS = ['agency_id', 'seller_entity_id', 'type', 'expires_on', 'sites'];
const CASE_COLUMNS = [
  ...['agency_id', 'seller_entity_id', 'site', 'deadline_at'],
  ...['passed_at', 'cancelled_at', 'appointment_starts_at'],
];
/** The row n of new_rows differs from o of old_rows in one of `columns`. */
const changed = (columns: string[]) =>
  `(${columns.map((column) => `n.${column}`).join(', ')}) IS DISTINCT FROM (${columns.map((column) => `o.${column}`).join(', ')})`;

/**
 * Locks the entities `rows` belong to, in id order, as the store_impacts refresh does (the same mode
 * and order, so the two never wait on each other): an archive or unarchive of one of them then waits
 * for this transaction, or this trigger for it, and the next statement reads it as committed.
 */
const lockEntities = (rows: string) => `
        PERFORM 1 FROM seller_entities e
         WHERE (e.agency_id, e.id) IN (${rows})
         ORDER BY e.id FOR NO KEY UPDATE OF e`;

const TRIGGERS: Array<{
  table: string;
  fn: string;
  events: Array<'INSERT' | 'UPDATE' | 'DELETE'>;
}> = [
  { table: 'seller_entities', fn: 'veridesk_counts_entities', events: ['INSERT', 'UPDATE'] },
  { table: 'documents', fn: 'veridesk_counts_documents', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'verification_cases', fn: 'veridesk_counts_cases', events: ['INSERT', 'UPDATE'] },
  { table: 'attempts', fn: 'veridesk_counts_attempts', events: ['INSERT', 'UPDATE', 'DELETE'] },
  {
    table: 'store_impacts',
    fn: 'veridesk_counts_store_impacts',
    events: ['INSERT', 'UPDATE', 'DELETE'],
  },
];

/**
 * Exact portfolio counts that do not grow with the portfolio (issue 15): counters kept on write in
 * the writing transaction, read as sums over a few keys or a range of distinct dates.
 *
 * Before, every totalCount and the overview's counts counted the matching rows per request
 * (affectedStores, documents(expiringWithinDays), portfolioSummary, sellerEntities,
 * verificationCases): O(matches), 1.5-1.8x slower from 500 to 5,000 entities.
 *
 * How they stay exact:
 * - Statement-level triggers with transition tables on seller_entities, documents,
 *   verification_cases, attempts and store_impacts turn each statement's rows into deltas per
 *   counter key (an import's 10,000 rows are one statement, one set of deltas). Deletes of entities
 *   and cases are row-level BEFORE triggers: their documents, cases and attempts are gone (cascaded)
 *   by the time a statement-level trigger could read them.
 * - The deltas collect in the transaction (a transaction-local setting) and are added to the
 *   counters once, at commit, by a deferred constraint trigger on count_folds (one marker row per
 *   transaction): a counter row is locked only from that fold to the commit, and every fold locks
 *   counter rows in one order (table, then key), so neither a long import nor two writers
 *   touching the same keys in different orders hold or deadlock each other. A savepoint rolled
 *   back takes its deltas and marker with it.
 * - Rows whose entity is archived are not counted: every trigger locks the entities it reads (as
 *   the store_impacts refresh does) before deciding, so an archive racing a write is seen by one
 *   of the two. Archiving or unarchiving moves the entity's documents and cases out or in.
 * - veridesk_count_drift() recomputes every counter from the source tables and returns the keys
 *   that differ (none, or a bug); veridesk_recount() rebuilds them (the backfill below).
 * The tables are tenant tables like any other (row-level security, the writer's agency only).
 */
export class PortfolioCounts1796500000000 implements MigrationInterface {
  name = 'PortfolioCounts1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    for (const { table, keys, count } of COUNTERS) {
      const columns = keys.map(([name, type]) => `"${name}" ${type} NOT NULL`).join(', ');
      const key = ['agency_id', ...keys.map(([name]) => name)]
        .map((name) => `"${name}"`)
        .join(', ');
      await queryRunner.query(
        `CREATE TABLE "${table}" ("agency_id" uuid NOT NULL, ${columns}, "${count}" integer NOT NULL, CONSTRAINT "PK_${table}" PRIMARY KEY (${key}))`,
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
    }
    // One row per writing transaction, inserted by its first counted statement and deleted by its
    // fold: never committed, holds no tenant data (a transaction id).
    await queryRunner.query(
      `CREATE TABLE "count_folds" ("txid" bigint NOT NULL, CONSTRAINT "PK_count_folds" PRIMARY KEY ("txid"))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON count_folds TO veridesk_app`);

    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_add(entries jsonb) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        pending text := coalesce(current_setting('veridesk.count_deltas', true), '');
        added text;
      BEGIN
        IF entries IS NULL OR jsonb_array_length(entries) = 0 THEN RETURN; END IF;
        added := substr(entries::text, 2, length(entries::text) - 2);
        IF pending = '' THEN
          -- The transaction's first deltas: its fold runs at commit.
          INSERT INTO count_folds (txid) VALUES (txid_current());
          PERFORM set_config('veridesk.count_deltas', added, true);
        ELSE
          PERFORM set_config('veridesk.count_deltas', pending || ', ' || added, true);
        END IF;
      END $$`);

    // Adds summed deltas to the counters: each table in one statement, keys in order (the lock
    // order of every fold), rows that reach zero deleted.
    const apply = COUNTERS.map(({ table, name, keys, count }) => {
      const columns = ['agency_id', ...keys.map(([key]) => key)];
      const types = ['uuid', ...keys.map(([, type]) => type)];
      const cast = keys.map(([key, type], i) => `(x->>${i + 2})::${type} AS ${key}`).join(', ');
      // The keys that reached zero, one array per column.
      const zeros = columns.map((column) => `${name}_zero_${column}`);
      const list = (prefix: string) => columns.map((column) => `${prefix}${column}`).join(', ');
      return {
        declare: zeros.map((variable, i) => `${variable} ${types[i]}[];`).join(' '),
        body: `
        WITH delta AS (
          SELECT (x->>1)::uuid AS agency_id, ${cast}, sum((x->>6)::int)::int AS delta
            FROM jsonb_array_elements(deltas) x WHERE x->>0 = '${name}'
           GROUP BY ${columns.map((_, i) => i + 1).join(', ')} HAVING sum((x->>6)::int) <> 0),
        added AS (
          INSERT INTO ${table} AS c (${list('')}, ${count})
          SELECT ${list('')}, delta FROM delta ORDER BY ${list('')}
          ON CONFLICT (${list('')}) DO UPDATE SET ${count} = c.${count} + excluded.${count}
          RETURNING ${list('c.')}, c.${count})
        SELECT ${columns.map((column) => `array_agg(${column})`).join(', ')}
          INTO ${zeros.join(', ')} FROM added WHERE ${count} = 0;
        IF ${zeros[0]} IS NOT NULL THEN
          DELETE FROM ${table} c USING unnest(${zeros.join(', ')}) AS z(${list('')})
           WHERE (${list('c.')}) = (${list('z.')}) AND c.${count} = 0;
        END IF;`,
      };
    });
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_apply(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        ${apply.map((part) => part.declare).join('\n        ')}
      BEGIN
        ${apply.map((part) => part.body).join('\n')}
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_fold() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pending text := coalesce(current_setting('veridesk.count_deltas', true), '');
      BEGIN
        DELETE FROM count_folds WHERE txid = NEW.txid;
        IF pending <> '' THEN
          PERFORM set_config('veridesk.count_deltas', '', true);
          PERFORM veridesk_counts_apply(('[' || pending || ']')::jsonb);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER count_folds_at_commit AFTER INSERT ON count_folds
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION veridesk_counts_fold()`);

    // seller_entities: the entity counters; an archive or unarchive moves its documents and cases.
    const flipped = `
          SELECT n.agency_id, n.id, CASE WHEN n.archived_at IS NULL THEN 1 ELSE -1 END AS delta
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.archived_at IS NULL) <> (o.archived_at IS NULL)`;
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_entities() RETURNS trigger LANGUAGE plpgsql
      SET plan_cache_mode = force_custom_plan AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${record(
            'entity',
            `SELECT agency_id, coalesce(manager_id, ${UNASSIGNED}) AS manager_key,
                    archived_at IS NOT NULL AS archived, 1 AS delta FROM new_rows`,
          )};
          RETURN NULL;
        END IF;
        ${record(
          'entity',
          `SELECT n.agency_id, coalesce(n.manager_id, ${UNASSIGNED}) AS manager_key,
                  n.archived_at IS NOT NULL AS archived, 1 AS delta
             FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.manager_id, n.archived_at IS NULL) IS DISTINCT FROM (o.manager_id, o.archived_at IS NULL)
           UNION ALL
           SELECT o.agency_id, coalesce(o.manager_id, ${UNASSIGNED}), o.archived_at IS NOT NULL, -1
             FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.manager_id, n.archived_at IS NULL) IS DISTINCT FROM (o.manager_id, o.archived_at IS NULL)`,
        )};
        ${record(
          'document',
          documentKeys(
            `SELECT d.agency_id, d.type, d.sites, d.expires_on, f.delta
               FROM (${flipped}) f
               JOIN documents d ON d.agency_id = f.agency_id AND d.seller_entity_id = f.id`,
          ),
        )};
        ${record(
          'case',
          `SELECT c.*
             FROM (${flipped}) f
             CROSS JOIN LATERAL (${caseRow('v', 'f.delta')} FROM verification_cases v
                                  WHERE v.agency_id = f.agency_id AND v.seller_entity_id = f.id) c`,
        )};
        RETURN NULL;
      END $$`);
    // A deleted entity takes its documents and cases with it: counted out while they exist.
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_entity_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${record(
          'entity',
          `SELECT OLD.agency_id AS agency_id, coalesce(OLD.manager_id, ${UNASSIGNED}) AS manager_key,
                  OLD.archived_at IS NOT NULL AS archived, -1 AS delta`,
        )};
        IF OLD.archived_at IS NULL THEN
          ${record(
            'document',
            documentKeys(
              `SELECT d.agency_id, d.type, d.sites, d.expires_on, -1 AS delta FROM documents d
                WHERE d.agency_id = OLD.agency_id AND d.seller_entity_id = OLD.id`,
            ),
          )};
          ${record(
            'case',
            `${caseRow('v', '-1')} FROM verification_cases v
              WHERE v.agency_id = OLD.agency_id AND v.seller_entity_id = OLD.id`,
          )};
        END IF;
        RETURN OLD;
      END $$`);

    // documents: rows of live entities (an entity deleted in this statement has counted its own out).
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_documents() RETURNS trigger LANGUAGE plpgsql
      SET plan_cache_mode = force_custom_plan AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${lockEntities('SELECT agency_id, seller_entity_id FROM new_rows')};
          ${record(
            'document',
            documentKeys(
              `SELECT n.agency_id, n.type, n.sites, n.expires_on, 1 AS delta FROM new_rows n WHERE ${live('n')}`,
            ),
          )};
        ELSIF TG_OP = 'DELETE' THEN
          ${lockEntities('SELECT agency_id, seller_entity_id FROM old_rows')};
          ${record(
            'document',
            documentKeys(
              `SELECT o.agency_id, o.type, o.sites, o.expires_on, -1 AS delta FROM old_rows o WHERE ${live('o')}`,
            ),
          )};
        ELSE
          ${lockEntities(
            `SELECT n.agency_id, n.seller_entity_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE ${changed(DOCUMENT_COLUMNS)}
             UNION SELECT o.agency_id, o.seller_entity_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE ${changed(DOCUMENT_COLUMNS)}`,
          )};
          ${record(
            'document',
            documentKeys(
              `SELECT n.agency_id, n.type, n.sites, n.expires_on, 1 AS delta
                 FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE ${changed(DOCUMENT_COLUMNS)} AND ${live('n')}
               UNION ALL
               SELECT o.agency_id, o.type, o.sites, o.expires_on, -1
                 FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE ${changed(DOCUMENT_COLUMNS)} AND ${live('o')}`,
            ),
          )};
        END IF;
        RETURN NULL;
      END $$`);

    // verification_cases: inserts and updates per statement; a delete per row, while its attempts
    // (which make it FAILED) still exist.
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_cases() RETURNS trigger LANGUAGE plpgsql
      SET plan_cache_mode = force_custom_plan AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${lockEntities('SELECT agency_id, seller_entity_id FROM new_rows')};
          ${record('case', `${caseRow('n', '1')} FROM new_rows n WHERE ${live('n')}`)};
        ELSE
          ${lockEntities(
            `SELECT n.agency_id, n.seller_entity_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE ${changed(CASE_COLUMNS)}
             UNION SELECT o.agency_id, o.seller_entity_id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE ${changed(CASE_COLUMNS)}`,
          )};
          ${record(
            'case',
            `${caseRow('n', '1')} FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE ${changed(CASE_COLUMNS)} AND ${live('n')}
             UNION ALL
             ${caseRow('o', '-1')} FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE ${changed(CASE_COLUMNS)} AND ${live('o')}`,
          )};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_case_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM seller_entities e
         WHERE e.agency_id = OLD.agency_id AND e.id = OLD.seller_entity_id FOR NO KEY UPDATE OF e;
        ${record('case', `${caseRow('o', '-1')} FROM (SELECT OLD.*) o WHERE ${live('o')}`)};
        RETURN OLD;
      END $$`);

    // attempts: a case's first attempt makes an open, unbooked case FAILED instead of AWAITING.
    // The cases are locked first (the order of recordAttempt and of any case update), then their
    // entities; a case deleted in this statement has counted itself out.
    const touched = `SELECT agency_id, case_id FROM new_rows UNION SELECT agency_id, case_id FROM old_rows`;
    const touchedOnInsert = `SELECT agency_id, case_id FROM new_rows`;
    const touchedOnDelete = `SELECT agency_id, case_id FROM old_rows`;
    const attemptsBody = (cases: string, inNew: boolean, inOld: boolean) => {
      // Attempted before the statement: the attempts now, less the statement's new rows, plus its old.
      const before = [
        `EXISTS (SELECT 1 FROM attempts a WHERE a.agency_id = v.agency_id AND a.case_id = v.id${
          inNew ? ' AND a.id NOT IN (SELECT id FROM new_rows)' : ''
        })`,
        ...(inOld
          ? [
              `EXISTS (SELECT 1 FROM old_rows a WHERE a.agency_id = v.agency_id AND a.case_id = v.id)`,
            ]
          : []),
      ].join(' OR ');
      return `
          PERFORM 1 FROM verification_cases v WHERE (v.agency_id, v.id) IN (${cases})
           ORDER BY v.id FOR NO KEY UPDATE OF v;
          ${lockEntities(
            `SELECT v.agency_id, v.seller_entity_id FROM verification_cases v WHERE (v.agency_id, v.id) IN (${cases})`,
          )};
          ${record(
            'case',
            `SELECT c.* FROM verification_cases v
               CROSS JOIN LATERAL (SELECT ${attempted('v')} AS now_attempted, ${before} AS before_attempted) t
               CROSS JOIN LATERAL (${caseRow('v', '1', 't.now_attempted')}
                                   UNION ALL ${caseRow('v', '-1', 't.before_attempted')}) c
              WHERE (v.agency_id, v.id) IN (${cases}) AND t.now_attempted <> t.before_attempted
                AND ${live('v')}`,
          )};`;
    };
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_attempts() RETURNS trigger LANGUAGE plpgsql
      SET plan_cache_mode = force_custom_plan AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${attemptsBody(touchedOnInsert, true, false)}
        ELSIF TG_OP = 'DELETE' THEN ${attemptsBody(touchedOnDelete, false, true)}
        ELSE ${attemptsBody(touched, true, true)}
        END IF;
        RETURN NULL;
      END $$`);

    // store_impacts: every row written or deleted (the refresh writes only rows that change).
    await queryRunner.query(`
      CREATE FUNCTION veridesk_counts_store_impacts() RETURNS trigger LANGUAGE plpgsql
      SET plan_cache_mode = force_custom_plan AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${record('store', `${storeRow('n', '1')} FROM new_rows n`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${record('store', `${storeRow('o', '-1')} FROM old_rows o`)};
        ELSE
          ${record(
            'store',
            `${storeRow('n', '1')} FROM new_rows n UNION ALL ${storeRow('o', '-1')} FROM old_rows o`,
          )};
        END IF;
        RETURN NULL;
      END $$`);

    for (const { table, fn, events } of TRIGGERS) {
      for (const event of events) {
        const transition = {
          INSERT: 'NEW TABLE AS new_rows',
          UPDATE: 'NEW TABLE AS new_rows OLD TABLE AS old_rows',
          DELETE: 'OLD TABLE AS old_rows',
        }[event];
        await queryRunner.query(`
          CREATE TRIGGER counts_after_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
          REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
    await queryRunner.query(`
      CREATE TRIGGER counts_before_seller_entities_delete BEFORE DELETE ON seller_entities
      FOR EACH ROW EXECUTE FUNCTION veridesk_counts_entity_deleted()`);
    await queryRunner.query(`
      CREATE TRIGGER counts_before_verification_cases_delete BEFORE DELETE ON verification_cases
      FOR EACH ROW EXECUTE FUNCTION veridesk_counts_case_deleted()`);

    // Every counter row as the source tables say it should be: (counter, agency, 4 key slots, n).
    const expectedOf = {
      entity: `SELECT agency_id, coalesce(manager_id, ${UNASSIGNED}) AS manager_key,
                      archived_at IS NOT NULL AS archived, 1 AS delta FROM seller_entities`,
      document: documentKeys(
        `SELECT d.agency_id, d.type, d.sites, d.expires_on, 1 AS delta FROM documents d WHERE ${live('d')}`,
      ),
      case: `${caseRow('c', '1')} FROM verification_cases c WHERE ${live('c')}`,
      store: `${storeRow('s', '1')} FROM store_impacts s`,
    } as Record<string, string>;
    const textSlots = (keys: string[]) => slots(keys.map((key) => `${key}::text`));
    const expected = COUNTERS.map(({ name, keys }) => {
      const columns = keys.map(([key]) => key);
      const named = textSlots(columns).map((slot, i) => `${slot} AS k${i + 1}`);
      return `SELECT '${name}'::text AS counter, agency_id, ${named.join(', ')}, sum(delta)::int AS n
                FROM (${expectedOf[name]}) source GROUP BY agency_id, ${columns.join(', ')}`;
    }).join('\n        UNION ALL ');
    const stored = COUNTERS.map(
      ({ table, name, keys, count }) =>
        `SELECT '${name}'::text, agency_id, ${textSlots(keys.map(([key]) => key)).join(', ')}, ${count} FROM ${table}`,
    ).join(' UNION ALL ');
    await queryRunner.query(`
      CREATE FUNCTION veridesk_count_drift()
      RETURNS TABLE (counter text, agency_id uuid, k1 text, k2 text, k3 text, k4 text, stored int, expected int)
      LANGUAGE sql STABLE AS $$
        SELECT counter, agency_id, k1, k2, k3, k4, coalesce(s.n, 0), coalesce(e.n, 0)
          FROM (${stored}) AS s (counter, agency_id, k1, k2, k3, k4, n)
          FULL JOIN (${expected}) AS e USING (counter, agency_id, k1, k2, k3, k4)
         WHERE s.n IS DISTINCT FROM e.n
         ORDER BY 1, 2, 3, 4, 5, 6
      $$`);
    // Rebuilds every counter the caller may see (as the app role: its agency's) from the sources.
    await queryRunner.query(`
      CREATE FUNCTION veridesk_recount() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ${COUNTERS.map(({ table }) => `DELETE FROM ${table};`).join(' ')}
        PERFORM veridesk_counts_apply((
          SELECT jsonb_agg(jsonb_build_array(counter, agency_id, k1, k2, k3, k4, n))
            FROM (${expected}) expected));
      END $$`);

    // Backfill: every agency's counters, as the owner; with statistics, as autovacuum would give.
    await queryRunner.query(`SELECT veridesk_recount()`);
    await queryRunner.query(`ANALYZE ${COUNTERS.map(({ table }) => table).join(', ')}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL lock_timeout = '5s'`);
    await queryRunner.query(
      `DROP TRIGGER counts_before_verification_cases_delete ON verification_cases`,
    );
    await queryRunner.query(`DROP TRIGGER counts_before_seller_entities_delete ON seller_entities`);
    for (const { table, events } of TRIGGERS) {
      for (const event of events) {
        await queryRunner.query(
          `DROP TRIGGER counts_after_${table}_${event.toLowerCase()} ON ${table}`,
        );
      }
    }
    await queryRunner.query(`DROP FUNCTION veridesk_recount()`);
    await queryRunner.query(`DROP FUNCTION veridesk_count_drift()`);
    for (const fn of [
      'veridesk_counts_store_impacts',
      'veridesk_counts_attempts',
      'veridesk_counts_case_deleted',
      'veridesk_counts_cases',
      'veridesk_counts_documents',
      'veridesk_counts_entity_deleted',
      'veridesk_counts_entities',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query(`DROP TRIGGER count_folds_at_commit ON count_folds`);
    await queryRunner.query(`DROP FUNCTION veridesk_counts_fold()`);
    await queryRunner.query(`DROP FUNCTION veridesk_counts_apply(jsonb)`);
    await queryRunner.query(`DROP FUNCTION veridesk_counts_add(jsonb)`);
    await queryRunner.query(`DROP TABLE "count_folds"`);
    for (const { table } of [...COUNTERS].reverse()) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
