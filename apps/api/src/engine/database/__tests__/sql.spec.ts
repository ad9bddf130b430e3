import type { EntityManager } from 'typeorm';
import { insertAll } from '../sql';

function recordingManager() {
  const statements: Array<{ sql: string; parameters: unknown[] }> = [];
  const manager = {
    query: async (sql: string, parameters: unknown[]) => {
      statements.push({ sql, parameters });
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

describe('insertAll', () => {
  it('sends 10,000 rows as one statement with one parameter, however many columns they have', async () => {
    const { manager, statements } = recordingManager();
    const rows = Array.from({ length: 10_000 }, (_, n) => ({
      id: `id-${n}`,
      categories: ['toys'],
    }));
    await insertAll(manager, 'stores', { id: 'uuid', categories: 'text[]' }, rows);
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).toMatch(/^INSERT INTO "stores" \("id", "categories"\)/);
    expect(statements[0].sql).toContain('AS v("id" uuid, "categories" text[])');
    expect(statements[0].parameters).toEqual([JSON.stringify(rows)]);
  });

  it('sends nothing for no rows', async () => {
    const { manager, statements } = recordingManager();
    await insertAll(manager, 'stores', { id: 'uuid' }, []);
    expect(statements).toEqual([]);
  });
});
