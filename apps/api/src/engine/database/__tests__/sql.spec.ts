import type { EntityManager } from 'typeorm';
import { insertAll, MAX_BIND_PARAMETERS } from '../sql';

function managerWithColumns(columns: number) {
  const statements: number[] = [];
  const manager = {
    connection: { getMetadata: () => ({ columns: new Array(columns) }) },
    insert: async (_target: unknown, rows: unknown[]) => {
      statements.push(rows.length);
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

describe('insertAll', () => {
  it('splits 10,000 rows of 12 columns into statements under the bind parameter limit', async () => {
    const { manager, statements } = managerWithColumns(12);
    await insertAll(
      manager,
      'stores',
      Array.from({ length: 10_000 }, (_, id) => ({ id })),
    );
    expect(statements).toEqual([5461, 4539]);
    expect(Math.max(...statements) * 12).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
  });

  it('sends nothing for no rows', async () => {
    const { manager, statements } = managerWithColumns(12);
    await insertAll(manager, 'stores', []);
    expect(statements).toEqual([]);
  });
});
