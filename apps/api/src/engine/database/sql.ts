import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * Inserts any number of rows into `table` in one statement, whatever the count: the values travel as
 * one JSON parameter (`columns` names each column's SQL type; columns left out take their
 * defaults), so 10,000 rows cost one statement, one run of the table's statement-level triggers,
 * and no per-row work in the ORM (building and binding 10,000 entities' parameters, then merging
 * the returned columns back, took longer than PostgreSQL's insert). Table and column names come
 * from code, never from input.
 */
export async function insertAll(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(columns);
  const list = names.map((name) => `"${name}"`).join(', ');
  await manager.query(
    `INSERT INTO "${table}" (${list})
     SELECT ${list}
       FROM jsonb_to_recordset($1::jsonb)
         AS v(${names.map((name) => `"${name}" ${columns[name]}`).join(', ')})`,
    [JSON.stringify(rows)],
  );
}

/**
 * Updates any number of rows of `table` by id in one statement, whatever the count: the new values
 * travel as one JSON parameter (`columns` names each column's SQL type), so 10,000 changed rows
 * cost one statement, and one run of the table's statement-level triggers, instead of 10,000.
 * Table and column names come from code, never from input.
 */
export async function updateAllById(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Array<{ id: string } & Record<string, unknown>>,
): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(columns);
  await manager.query(
    `UPDATE "${table}" AS t SET ${names.map((name) => `"${name}" = v."${name}"`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb)
         AS v(id uuid, ${names.map((name) => `"${name}" ${columns[name]}`).join(', ')})
      WHERE t.id = v.id`,
    [JSON.stringify(rows)],
  );
}

type PlainReader = { select: string; hydrate: (raw: Record<string, unknown>) => unknown };
const plainReaders = new WeakMap<object, Map<string, PlainReader>>();

/**
 * How to read `target`'s rows as plain objects under `alias`: its columns by property name, dates
 * as 'YYYY-MM-DD' text (TypeORM's own form), instants as Date, column transformers applied.
 */
function plainReader(manager: EntityManager, target: EntityTarget<ObjectLiteral>, alias: string) {
  const metadata = manager.connection.getMetadata(target);
  let byAlias = plainReaders.get(metadata);
  if (!byAlias) plainReaders.set(metadata, (byAlias = new Map()));
  let reader = byAlias.get(alias);
  if (reader) return reader;
  const relations = new Set(metadata.relations.map((relation) => relation.propertyName));
  // A column declared `select: false` (a sealed ID number, its hash, a password hash) is never read
  // here: as with `find`, only the code that needs it selects it by name.
  const columns = metadata.columns.filter(
    (column) => column.isSelect && !relations.has(column.propertyName),
  );
  const select = columns
    .map((column) => {
      const name = `${alias}."${column.databaseName}"`;
      // PostgreSQL writes a date as text more cheaply than pg parses it and TypeORM formats it back;
      // an instant as epoch milliseconds more cheaply than pg parses its text.
      const value =
        column.type === 'date' && !column.isArray
          ? `${name}::text`
          : column.type === 'timestamptz' && !column.isArray
            ? `(extract(epoch FROM ${name}) * 1000)::float8`
            : name;
      return `${value} AS "${column.propertyName}"`;
    })
    .join(', ');
  const instants = columns
    .filter((column) => column.type === 'timestamptz' && !column.isArray)
    .map((column) => column.propertyName);
  const transformed = columns.filter(
    (column) => column.transformer && !Array.isArray(column.transformer),
  );
  reader = {
    select,
    hydrate: (raw) => {
      for (const property of instants) {
        const value = raw[property];
        if (value !== null) raw[property] = new Date(value as number);
      }
      for (const column of transformed) {
        const transformer = column.transformer as { from: (value: unknown) => unknown };
        raw[column.propertyName] = transformer.from(raw[column.propertyName]);
      }
      return raw;
    },
  };
  byAlias.set(alias, reader);
  return reader;
}

/**
 * `target`'s rows as plain objects shaped like its entities (the same properties and values as
 * `find` returns; `select: false` columns left out, as `find` leaves them), for read paths that
 * hand hundreds of rows to GraphQL: TypeORM's query building and entity hydration cost more CPU
 * than the statement itself (tools/perf/RESULTS.md).
 * `rest` is the statement after `FROM <table> <alias>`: joins, WHERE, ORDER BY, LIMIT, written
 * with `$n` parameters. `also` selects more, as it comes (e.g. a joined page's rank: `p.rank AS
 * "pageRank"`), onto each row.
 */
export async function plainRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  alias: string,
  rest: string,
  parameters: unknown[] = [],
  also?: string,
): Promise<T[]> {
  const reader = plainReader(manager, target, alias);
  const table = manager.connection.getMetadata(target).tablePath;
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT ${reader.select}${also ? `, ${also}` : ''} FROM ${table} ${alias} ${rest}`,
    parameters,
  );
  for (const row of rows) reader.hydrate(row);
  return rows as T[];
}

/**
 * The rows a query builder selects from `target` (under `alias`), as plainRows reads them: for a
 * list whose filters are built with TypeORM but whose rows only go to GraphQL. Joins must not
 * select (their rows are not read).
 */
export async function plainMany<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  target: EntityTarget<T>,
  alias: string,
): Promise<T[]> {
  const reader = plainReader(query.connection.manager, target, alias);
  const rows: Array<Record<string, unknown>> = await query.select(reader.select).getRawMany();
  for (const row of rows) reader.hydrate(row);
  return rows as T[];
}

/** Binds :named parameters of a SQL text to $n positions for a raw query. */
export function bind(sql: string, parameters: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const positions = new Map<string, number>();
  const text = sql.replace(/(?<!:):([a-zA-Z]\w*)/g, (match, name: string) => {
    if (!(name in parameters)) return match;
    if (!positions.has(name)) {
      values.push(parameters[name]);
      positions.set(name, values.length);
    }
    return `$${positions.get(name)}`;
  });
  return [text, values];
}

/** Runs `SELECT … AS n` written with :named parameters (see bind); returns n. */
export async function queryCount(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<number> {
  const [row] = await manager.query(...bind(sql, parameters));
  return Number(row.n);
}
