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
