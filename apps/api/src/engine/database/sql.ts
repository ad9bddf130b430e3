import type { EntityManager } from 'typeorm';

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
