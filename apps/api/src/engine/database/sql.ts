import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

// PostgreSQL's wire protocol counts a statement's bind parameters in 16 bits.
export const MAX_BIND_PARAMETERS = 65_535;

/**
 * Inserts any number of rows in as few statements as the parameter limit allows: one INSERT of
 * 10,000 stores would bind 120,000 values, which the protocol cannot carry.
 */
export async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  const rowsPerStatement = Math.floor(
    MAX_BIND_PARAMETERS / manager.connection.getMetadata(target).columns.length,
  );
  for (let start = 0; start < rows.length; start += rowsPerStatement)
    await manager.insert(target, rows.slice(start, start + rowsPerStatement));
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
